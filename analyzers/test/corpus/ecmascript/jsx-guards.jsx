// sonarjs scores a single-operator `&&`/`||` guard directly inside JSX braces as 0.
export function Guards({ a, b, c, items, user }) {
  return (
    <div>
      {a && <span>one</span>}
      {a && b && <span>two</span>}
      {a || <span>fallback</span>}
      {(a && b) || <span>mixed</span>}
      {a && b ? <span>conditional</span> : null}
      {a && (b ? <span>x</span> : <span>y</span>)}
      {a ?? <span>nullish</span>}
      {a &&
        items.filter((item) => item.visible && item.enabled).map((item) => <i key={item.id}>{item.name}</i>)}
      {user?.name && <b>{user.name}</b>}
      <button disabled={!a && !b}>go</button>
      <input readOnly={a || b || c} />
      {a && b && c}
    </div>
  );
}

export function Branches({ mode, children }) {
  if (!children) return null;
  const content =
    mode === 'list' ? (
      <ul>{children}</ul>
    ) : mode === 'grid' ? (
      <div className="grid">{children}</div>
    ) : (
      children
    );
  return <section>{content}</section>;
}

export const Lazy = ({ load }) => {
  const [value, setValue] = useState(null);
  useEffect(() => {
    let live = true;
    load().then((result) => live && setValue(result));
    return () => {
      live = false;
    };
  }, [load]);
  return value === null ? <p>…</p> : <p>{String(value)}</p>;
};
