#!/usr/bin/env sh
# Dependency benchmark (not a test): ./src-test/benchmark-deps.sh [VMS] [HEAP] [--no-layout]
#   VMS   servers in the generated estate (default 10000; 20 dependency rows each)
#   HEAP  the heap limit under test (default 2g)
# Compares the layout with Graphviz sfdp (Debian package graphviz) on the same graph when it is installed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VMS=${1:-10000}
HEAP=${2:-2g}
cd "$ROOT"
# the Java options ./mhub runs with
JVM_OPTIONS=$(sed -e 's/#.*//' app/jvm.options | tr -s ' \t\n' '   ')
./mvnw -q -B -DskipTests -pl src-test -am package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# The same collector as the ./mhub launcher; the modules' own classes first (not a stale installed jar).
CP="domain/target/classes:connectors/target/classes:app/target/classes:samples/target/classes:assets/target/classes"
exec java $JVM_OPTIONS -Xmx"$HEAP" -cp "$CP:src-test/target/classes:$(cat src-test/target/bench.classpath)" \
  com.migrationhub.bench.DependencyBenchmark --vms "$VMS" ${3:-}
