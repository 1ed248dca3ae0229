#!/usr/bin/env bash
# Installs graphbuild with its test extras and Neo4j's Cypher parser (npm), then runs lint and the test suite.
# Tests that need a real Neo4j run only when NEO4J_URI is set.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q '.[test]'
npm ci --prefix tests/cypher_parser --no-audit --no-fund --loglevel=error
python3 -m ruff check graphbuild tests benchmarks scripts
python3 -m pytest -q -p no:cacheprovider "$@"
