// Neo4j's own Cypher parser as a checker for graphbuild's Cypher (tests only).
//
// stdin:  a JSON array of statements (strings)
// stdout: a JSON array, one entry per statement, each a list of diagnostics
//         {message, line, column, severity}; only errors are reported
//         (syntax errors and semantic errors such as undefined variables).
// Ignored on purpose: warnings (unknown labels/types: there is no database
// schema here) and "Parameter $x is not defined" (parameters are supplied at
// run time). Console commands (:param ...) are accepted.
// The package's ESM build has extension-less imports Node rejects; its CJS build loads fine.
import { createRequire } from 'node:module';

const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support');

const ERROR = 1;
const PARAM_UNDEFINED = /^Parameter \$.* is not defined\.$/;

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

const statements = JSON.parse(await readStdin());
if (!Array.isArray(statements)) {
  throw new Error('expected a JSON array of strings on stdin');
}
const out = statements.map((stmt) =>
  lintCypherQuery(String(stmt), {}, true)
    .filter((d) => d.severity === ERROR && !PARAM_UNDEFINED.test(d.message))
    .map((d) => ({
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity: 'error',
    })),
);
process.stdout.write(JSON.stringify(out));
