import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_DIR, TEST_BUILD_DIR } from './support/hearth';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  web_accessible_resources?: unknown[];
}

const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The permissions the README documents, from its "Privacy and permissions" table. */
function documentedPermissions(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Privacy and permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const names = [...section.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1] ?? '');
  return new Set(names);
}

describe('the shipped manifest', () => {
  test('asks only for permissions the README lists with a reason', () => {
    const documented = documentedPermissions();
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) expect(documented, `README lacks ${permission}`).toContain(permission);
  });

  test('runs no content script on any page by itself, and pages cannot talk to Hearth', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('keeps the default MV3 content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  test('has no required host access', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});

describe('the test-only pages', () => {
  // entrypoints/dev-seed fills the database and entrypoints/blank is the
  // benchmark's baseline; wxt.config.ts keeps both out of what ships.
  test.each(['dev-seed.html', 'blank.html'])('%s is in the test build but not in the shipped one', (page) => {
    expect(existsSync(join(BUILD_DIR, page))).toBe(false);
    expect(existsSync(join(TEST_BUILD_DIR, page))).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain(page.replace('.html', ''));
  });
});

describe('the shipped bundles', () => {
  // WXT's auto-import scanner once mistook a parameter named `storage` for its
  // storage helper and bundled it into the popup, though `imports: false` is set.
  test('carry no WXT storage helper, which Hearth never uses', () => {
    const chunks = join(BUILD_DIR, 'chunks');
    for (const file of readdirSync(chunks)) {
      expect(readFileSync(join(chunks, file), 'utf8'), file).not.toContain('Storage key should be in the form');
    }
  });
});
