import { describe, expect, it } from 'vitest';
import { compact, inventoryOf, malformedReason, parseAs } from './support/manifest-fixtures.ts';

describe('Python manifests and lock files', () => {
  it('reads requirements.txt: pins resolved, ranges declared, options and URLs skipped', () => {
    expect(compact(parseAs('requirements.txt', 'python/requirements.txt').dependencies)).toEqual([
      'Django 4.2.7 resolved direct runtime',
      'requests >=2.31,<3 declared direct runtime',
      'numpy - declared direct runtime',
      'urllib3 2.1.0 resolved direct runtime',
      'Flask_Login ~=0.6 declared direct runtime',
    ]);
  });

  it('takes a dev requirements file for dev dependencies', () => {
    expect(compact(parseAs('requirements-dev.txt', 'python/requirements-dev.txt').dependencies)).toEqual([
      'pytest 7.4.3 resolved direct dev',
      'black - declared direct dev',
    ]);
  });

  it('reads PEP 621 pyproject.toml with optional dependencies and dependency groups', () => {
    const parsed = parseAs('pyproject.toml', 'python/pyproject.toml');
    expect(parsed.projectLicense).toBe('Apache-2.0');
    expect(compact(parsed.dependencies)).toEqual([
      'fastapi >=0.104 declared direct runtime',
      'pydantic 2.5.2 resolved direct runtime',
      'psycopg >=3.1 declared direct optional',
      'pytest >=7 declared direct dev',
    ]);
  });

  it('reads Poetry pyproject.toml and merges poetry.lock', () => {
    expect(parseAs('pyproject.toml', 'python/poetry-pyproject.toml').projectLicense).toBe('MIT');
    expect(
      inventoryOf({
        'w/pyproject.toml': 'python/poetry-pyproject.toml',
        'w/poetry.lock': 'python/poetry.lock',
      }),
    ).toEqual([
      'w/poetry.lock pypi celery 5.3.6 direct runtime pkg:pypi/celery@5.3.6',
      'w/poetry.lock pypi kombu 5.3.4 transitive runtime pkg:pypi/kombu@5.3.4',
      'w/poetry.lock pypi pytest 7.4.3 direct dev pkg:pypi/pytest@7.4.3',
      'w/poetry.lock pypi redis 5.0.1 direct optional pkg:pypi/redis@5.0.1',
    ]);
  });

  it('merges Pipfile with Pipfile.lock, names compared as PEP 503 does', () => {
    expect(inventoryOf({ 'p/Pipfile': 'python/Pipfile', 'p/Pipfile.lock': 'python/Pipfile.lock' })).toEqual([
      'p/Pipfile.lock pypi certifi 2023.11.17 transitive runtime pkg:pypi/certifi@2023.11.17',
      'p/Pipfile.lock pypi django 4.2.7 direct runtime pkg:pypi/django@4.2.7',
      'p/Pipfile.lock pypi pytest 7.4.3 direct dev pkg:pypi/pytest@7.4.3',
      'p/Pipfile.lock pypi requests 2.31.0 direct runtime pkg:pypi/requests@2.31.0',
    ]);
  });

  it('reads uv.lock: the editable project is not a dependency, what it lists is direct', () => {
    expect(compact(parseAs('uv.lock', 'python/uv.lock').dependencies)).toEqual([
      'anyio 4.2.0 resolved transitive runtime',
      'fastapi 0.104.1 resolved direct runtime',
      'idna 3.6 resolved transitive runtime',
      'psycopg 3.1.16 resolved direct optional',
      'pytest 7.4.3 resolved direct dev',
    ]);
  });

  it('normalises PyPI names in package URLs', () => {
    expect(inventoryOf({ 'requirements.txt': 'python/requirements.txt' })).toContain(
      'requirements.txt pypi Flask_Login ~=0.6 direct runtime pkg:pypi/flask-login',
    );
  });

  it('rejects a malformed pyproject.toml', () => {
    expect(malformedReason('pyproject.toml', 'python/malformed-pyproject.toml')).toBe(
      'not valid TOML: Invalid TOML document: unfinished array encountered',
    );
  });
});
