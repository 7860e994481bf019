import { type ChangeEvent, type FormEvent, useState } from 'react';

type FieldErrors<T> = Partial<Record<keyof T, string>>;

interface Settings {
  email: string;
  displayName: string;
  timezone: string;
  notifications: { email: boolean; sms: boolean; digest: 'daily' | 'weekly' | 'never' };
  phone?: string;
}

const TIMEZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];

export function validate(settings: Settings): FieldErrors<Settings> {
  const errors: FieldErrors<Settings> = {};
  if (!settings.email) {
    errors.email = 'required';
  } else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.email)) {
    errors.email = 'invalid';
  }
  if (settings.displayName.length < 2 || settings.displayName.length > 40) {
    errors.displayName = 'between 2 and 40 characters';
  }
  if (!TIMEZONES.includes(settings.timezone)) errors.timezone = 'unknown';
  if (settings.notifications.sms && !settings.phone?.trim()) {
    errors.phone = 'needed for SMS';
  }
  return errors;
}

function Field<K extends keyof Settings>({
  name,
  label,
  error,
  children,
}: {
  name: K;
  label: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={String(name)}>{label}</label>
      {children}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}

export function SettingsForm({
  initial,
  onSave,
}: {
  initial: Settings;
  onSave(settings: Settings): Promise<void>;
}) {
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Settings>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  const update =
    <K extends keyof Settings>(key: K) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const value =
        event.target.type === 'checkbox' ? (event.target as HTMLInputElement).checked : event.target.value;
      setSettings((current) => ({ ...current, [key]: value }));
      if (errors[key]) setErrors(({ [key]: _removed, ...rest }) => rest as FieldErrors<Settings>);
    };

  function updateNotification(key: keyof Settings['notifications'], value: boolean | string) {
    setSettings((current) => ({ ...current, notifications: { ...current.notifications, [key]: value } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(settings);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setStatus('saving');
    try {
      await onSave(settings);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  const dirty = JSON.stringify(settings) !== JSON.stringify(initial);

  return (
    <form onSubmit={submit} noValidate>
      <Field name="email" label="Email" error={errors.email}>
        <input id="email" value={settings.email} onChange={update('email')} />
      </Field>
      <Field name="displayName" label="Display name" error={errors.displayName}>
        <input id="displayName" value={settings.displayName} onChange={update('displayName')} />
      </Field>
      <Field name="timezone" label="Time zone" error={errors.timezone}>
        <select id="timezone" value={settings.timezone} onChange={update('timezone')}>
          {TIMEZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>Notifications</legend>
        {(['email', 'sms'] as const).map((channel) => (
          <label key={channel}>
            <input
              type="checkbox"
              checked={settings.notifications[channel]}
              onChange={(event) => updateNotification(channel, event.target.checked)}
            />
            {channel === 'email' ? 'Email' : 'SMS'}
          </label>
        ))}
        {settings.notifications.sms && (
          <Field name="phone" label="Phone" error={errors.phone}>
            <input id="phone" value={settings.phone ?? ''} onChange={update('phone')} />
          </Field>
        )}
        <select
          value={settings.notifications.digest}
          onChange={(event) => updateNotification('digest', event.target.value)}
          disabled={!settings.notifications.email}
        >
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
          <option value="never">Never</option>
        </select>
      </fieldset>
      <button type="submit" disabled={!dirty || status === 'saving'}>
        {status === 'saving' ? 'Saving…' : 'Save'}
      </button>
      {status === 'saved' && !dirty && <p>Saved.</p>}
      {status === 'failed' && <p className="error">Could not save. Try again.</p>}
    </form>
  );
}
