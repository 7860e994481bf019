import { describe, expect, it } from 'vitest';
import { compact, inventoryOf, malformedReason, parseAs } from './support/manifest-fixtures.ts';

describe('Rust: Cargo', () => {
  it('reads Cargo.toml tables, renamed and target crates; path crates are the workspace’s own', () => {
    const parsed = parseAs('Cargo.toml', 'rust/Cargo.toml');
    expect(parsed.projectLicense).toBe('MIT OR Apache-2.0');
    expect(compact(parsed.dependencies)).toEqual([
      'serde 1.0 declared direct runtime',
      'tokio 1.35 declared direct runtime',
      'rand 0.8 declared direct optional',
      'cc 1.0 declared direct dev',
      'proptest 1.4 declared direct dev',
      'winapi 0.3 declared direct runtime',
    ]);
  });

  it('merges Cargo.lock: sourced packages resolved, direct when a workspace crate lists them', () => {
    expect(inventoryOf({ 'c/Cargo.toml': 'rust/Cargo.toml', 'c/Cargo.lock': 'rust/Cargo.lock' })).toEqual([
      'c/Cargo.lock cargo pin-project-lite 0.2.13 transitive runtime pkg:cargo/pin-project-lite@0.2.13',
      'c/Cargo.lock cargo serde 1.0.193 direct runtime pkg:cargo/serde@1.0.193',
      'c/Cargo.lock cargo tokio 1.35.1 direct runtime pkg:cargo/tokio@1.35.1',
      'c/Cargo.toml cargo cc 1.0 direct dev pkg:cargo/cc',
      'c/Cargo.toml cargo proptest 1.4 direct dev pkg:cargo/proptest',
      'c/Cargo.toml cargo rand 0.8 direct optional pkg:cargo/rand',
      'c/Cargo.toml cargo winapi 0.3 direct runtime pkg:cargo/winapi',
    ]);
  });

  it('rejects a malformed Cargo.toml', () => {
    expect(malformedReason('Cargo.toml', 'rust/malformed-Cargo.toml')).toMatch(/^not valid TOML: /);
  });
});

describe('Ruby: Bundler', () => {
  it('reads Gemfile.lock GEM and GIT specs (platform suffix dropped), direct from DEPENDENCIES', () => {
    expect(compact(parseAs('Gemfile.lock', 'ruby/Gemfile.lock').dependencies)).toEqual([
      'acme-auth 0.4.0 resolved direct runtime',
      'actionpack 7.1.2 resolved direct runtime',
      'nokogiri 1.15.5 resolved direct runtime',
      'racc 1.7.3 resolved transitive runtime',
      'rack 3.0.8 resolved transitive runtime',
      'rspec 3.12.0 resolved direct runtime',
    ]);
  });

  it('rejects a spec line without a parenthesised version', () => {
    expect(malformedReason('Gemfile.lock', 'ruby/malformed-Gemfile.lock')).toBe(
      'Gemfile.lock line 4: cannot read "rack 3.0.8"',
    );
  });
});

describe('PHP: Composer', () => {
  it('reads composer.json without platform packages', () => {
    const parsed = parseAs('composer.json', 'php/composer.json');
    expect(parsed.projectLicense).toBe('proprietary');
    expect(compact(parsed.dependencies)).toEqual([
      'monolog/monolog ^3.5 declared direct runtime',
      'phpmailer/phpmailer ^6.9 declared direct runtime',
      'phpunit/phpunit ^10.5 declared direct dev',
    ]);
  });

  it('reads composer.lock with each package’s license', () => {
    expect(compact(parseAs('composer.lock', 'php/composer.lock').dependencies)).toEqual([
      'monolog/monolog 3.5.0 resolved ? runtime MIT',
      'phpmailer/phpmailer v6.9.1 resolved ? runtime LGPL-2.1-only',
      'psr/log 3.0.0 resolved ? runtime MIT',
      'phpunit/phpunit 10.5.3 resolved ? dev BSD-3-Clause',
    ]);
    expect(
      inventoryOf({ 'composer.json': 'php/composer.json', 'composer.lock': 'php/composer.lock' }),
    ).toEqual([
      'composer.lock composer monolog/monolog 3.5.0 direct runtime pkg:composer/monolog/monolog@3.5.0',
      'composer.lock composer phpmailer/phpmailer v6.9.1 direct runtime pkg:composer/phpmailer/phpmailer@v6.9.1',
      'composer.lock composer phpunit/phpunit 10.5.3 direct dev pkg:composer/phpunit/phpunit@10.5.3',
      'composer.lock composer psr/log 3.0.0 transitive runtime pkg:composer/psr/log@3.0.0',
    ]);
  });

  it('rejects a truncated composer.lock', () => {
    expect(malformedReason('composer.lock', 'php/malformed-composer.lock')).toMatch(/^not valid JSON: /);
  });
});

describe('.NET: NuGet', () => {
  it('reads PackageReference versions from attributes and elements; PrivateAssets=all is dev', () => {
    expect(compact(parseAs('Api.csproj', 'dotnet/Api.csproj').dependencies)).toEqual([
      'Newtonsoft.Json 13.0.3 declared direct runtime',
      'Serilog 3.1.1 declared direct runtime',
      'StyleCop.Analyzers 1.1.118 declared direct dev',
    ]);
  });

  it('merges packages.lock.json: Direct and Transitive, Project entries skipped', () => {
    expect(
      inventoryOf({
        'n/Api.csproj': 'dotnet/Api.csproj',
        'n/packages.lock.json': 'dotnet/packages.lock.json',
      }),
    ).toEqual([
      'n/packages.lock.json nuget Newtonsoft.Json 13.0.3 direct runtime pkg:nuget/Newtonsoft.Json@13.0.3',
      'n/packages.lock.json nuget Serilog 3.1.1 direct runtime pkg:nuget/Serilog@3.1.1',
      'n/packages.lock.json nuget StyleCop.Analyzers 1.1.118 direct dev pkg:nuget/StyleCop.Analyzers@1.1.118',
      'n/packages.lock.json nuget System.Memory 4.5.5 transitive runtime pkg:nuget/System.Memory@4.5.5',
    ]);
  });

  it('rejects an unclosed PackageReference', () => {
    expect(malformedReason('Api.csproj', 'dotnet/malformed-Api.csproj')).toMatch(
      /^not valid XML: Expected closing tag 'PackageReference'/,
    );
  });
});
