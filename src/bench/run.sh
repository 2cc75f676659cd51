#!/usr/bin/env bash
# Runs one of the tools in src/bench/java (DataGenerator, Benchmarks, ImportBenchmark) on the test class path, where
# they are compiled; the production jar holds none of them.
#
#   src/bench/run.sh [java options ...] <class> [arguments ...]
#   src/bench/run.sh -Xmx2g app.kiroku.bench.Benchmarks jdbc:mariadb://127.0.0.1:3306/kiroku_bench root "" 500
#
# KIROKU_NODE_FOLDER: the folder of Node 24 (as -Dvaadin.node.folder), when the node on the PATH is older.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

jvm=()
while [ $# -gt 0 ] && [[ "$1" == -* ]]; do
    jvm+=("$1")
    shift
done
if [ $# -eq 0 ]; then
    echo "usage: src/bench/run.sh [java options ...] <class> [arguments ...]" >&2
    exit 2
fi

node=()
[ -n "${KIROKU_NODE_FOLDER:-}" ] && node=("-Dvaadin.node.folder=$KIROKU_NODE_FOLDER")
# the format check is for commits, not for measuring
mvn -B -q test-compile dependency:build-classpath -Dspotless.check.skip=true -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath ${node[@]+"${node[@]}"}
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
exec "$JAVA_HOME/bin/java" ${jvm[@]+"${jvm[@]}"} -cp "$classpath" "$@"
