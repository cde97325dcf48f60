// GraphQL Code Generator (client preset) for the admin, through @graphql-codegen/core.
//
// The schema is the API's committed SDL (apps/api/schema.gql); the documents are the
// `graphql(`...`)` calls in apps/admin/src. The output goes to src/gql/ and is committed:
// graphql.ts and gql.ts (client preset: each document's result and variables), and schema.ts
// (every type of the schema, e.g. a mutation's arguments for the data provider's create/update).
//   node scripts/codegen.mjs          writes src/gql/
//   node scripts/codegen.mjs --check  fails when src/gql/ is not what the schema and documents give
// The programmatic core is used rather than @graphql-codegen/cli: the CLI's loaders (URL, GitHub,
// Apollo Engine) pull packages that require Node 22, and the repository supports Node 20.19.
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import { buildSchema, parse } from 'graphql';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const adminRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(adminRoot, 'src');
export const outputDir = join(srcDir, 'gql');
const schemaFile = resolve(adminRoot, '../api/schema.gql');

/** Every `graphql(`...`)` call: a template literal without substitutions (the client preset allows no other). */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === outputDir ? [] : sourceFiles(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

function documents() {
  return sourceFiles(srcDir).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(GRAPHQL_CALL)].map((match) => {
      const rawSDL = match[1];
      try {
        return { location: relative(adminRoot, file), rawSDL, document: parse(rawSDL) };
      } catch (error) {
        throw new Error(`${relative(adminRoot, file)}: ${error.message}`, { cause: error });
      }
    });
  });
}

const config = {
  // IDs are strings both ways; the API's only custom scalar is an ISO 8601 string on the wire.
  scalars: { ID: 'string', DateTime: 'string' },
  strictScalars: true,
  useTypeImports: true,
  // Enums as string unions: the values of the const objects that @orchestra/shared exports.
  enumType: 'string-literal',
};

/** The files the client preset writes, by absolute path. */
export async function generate() {
  const sdl = readFileSync(schemaFile, 'utf8');
  const schemaAst = buildSchema(sdl);
  const schema = parse(sdl);
  const sections = await preset.buildGeneratesSection({
    baseOutputDir: `${outputDir}/`,
    presetConfig: { fragmentMasking: false },
    plugins: [],
    pluginMap: {},
    schema,
    schemaAst,
    documents: documents(),
    config,
    documentTransforms: [],
  });
  const files = {};
  files[join(outputDir, 'schema.ts')] = await codegen({
    filename: join(outputDir, 'schema.ts'),
    schema,
    schemaAst,
    documents: [],
    plugins: [{ add: { content: '/* eslint-disable */' } }, { typescript: {} }],
    pluginMap: { add: { plugin: (_schema, _documents, { content }) => ({ prepend: [content], content: '' }) }, typescript: typescriptPlugin },
    config: { ...config, enumsAsTypes: true },
  });
  for (const section of sections) {
    // Documents as strings (TypedDocumentString): no parsed AST in the bundle and no `print` from
    // graphql-js at run time, so signing in needs none of graphql-js.
    files[section.filename] = await codegen({ ...section, config: { ...config, ...section.config, documentMode: 'string' } });
  }
  return files;
}

/** Generated files that differ from the ones on disk (or are missing, or should not be there). */
export async function staleFiles() {
  const files = await generate();
  const stale = Object.entries(files)
    .filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content)
    .map(([path]) => relative(adminRoot, path));
  const extra = existsSync(outputDir)
    ? readdirSync(outputDir)
        .map((name) => join(outputDir, name))
        .filter((path) => !(path in files))
        .map((path) => relative(adminRoot, path))
    : [];
  return [...stale, ...extra];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`Out of date (run npm run codegen -w apps/admin): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('src/gql is up to date');
  } else {
    const files = await generate();
    mkdirSync(outputDir, { recursive: true });
    for (const [path, content] of Object.entries(files)) writeFileSync(path, content);
    console.log(`wrote ${Object.keys(files).map((path) => relative(adminRoot, path)).join(', ')}`);
  }
}
