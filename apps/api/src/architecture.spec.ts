import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The seams of the house, checked on the source so that a drift fails CI rather than a review:
 * plumbing never imports business, a provider belongs to one module, the shared lib imports no
 * app, and GraphQL DTO files follow one naming scheme (see the README's Architecture section).
 */
const here = dirname(fileURLToPath(import.meta.url));
const src = here;
const sharedSrc = resolve(here, '../../../libs/shared/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative import specifiers of a file, resolved to absolute paths. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!));
}

const rel = (path: string) => relative(src, path);

describe('Architecture', () => {
  it('core/ (plumbing) never imports modules/ (business)', () => {
    const modules = join(src, 'modules') + '/';
    const offenders = sourceFiles(join(src, 'core')).flatMap((file) =>
      relativeImports(file)
        .filter((target) => target.startsWith(modules))
        .map((target) => `${rel(file)} → ${rel(target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('libs/shared imports no app and no server framework', () => {
    const offenders = sourceFiles(sharedSrc).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const bare = [...text.matchAll(/from\s+'([^'.][^']*)'/g)].map((m) => m[1]!);
      const escapes = relativeImports(file).filter((target) => !target.startsWith(sharedSrc));
      return [...bare.filter((name) => /^(@nestjs|typeorm|bullmq|ioredis|pg$|react|api$|admin$)/.test(name)), ...escapes].map(
        (what) => `${relative(sharedSrc, file)} → ${what}`,
      );
    });
    expect(offenders).toEqual([]);
  });

  it('declares every provider in exactly one Nest module (the worker re-provides nothing)', () => {
    const declaredIn = new Map<string, string[]>();
    for (const file of sourceFiles(src).filter((f) => f.endsWith('.module.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const block of text.matchAll(/providers:\s*\[([^\]]*)\]/g)) {
        // Class providers only: `{ provide: … }` objects configure tokens and are not services.
        const names = block[1]!.replace(/\{[^}]*\}/g, '').match(/\b[A-Z]\w*\b/g) ?? [];
        for (const name of names) declaredIn.set(name, [...(declaredIn.get(name) ?? []), rel(file)]);
      }
    }
    expect(declaredIn.size).toBeGreaterThan(20);
    const twice = [...declaredIn].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('names GraphQL DTO files by what they declare: *.type.ts, *.args.ts, *.input.ts', () => {
    const strays = sourceFiles(src)
      .filter((file) => !file.endsWith('.spec.ts'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const has = (decorator: string) => new RegExp(`@${decorator}\\(`).test(text);
        const name = basename(file);
        const problems: string[] = [];
        if (has('ObjectType') && !name.endsWith('.type.ts')) problems.push('declares an @ObjectType: name it *.type.ts');
        if (has('ObjectType') && (has('ArgsType') || has('InputType'))) problems.push('mixes output and input types: split it');
        if (has('ArgsType') && !name.endsWith('.args.ts')) problems.push('declares an @ArgsType: name it *.args.ts');
        if (has('InputType') && !has('ArgsType') && !name.endsWith('.input.ts')) problems.push('declares only @InputType: name it *.input.ts');
        if ((has('ObjectType') || has('ArgsType') || has('InputType')) && file.includes('/modules/') && basename(dirname(file)) !== 'dto')
          problems.push('lives outside its module’s dto/ folder');
        return problems.map((problem) => `${rel(file)}: ${problem}`);
      });
    expect(strays).toEqual([]);
  });
});
