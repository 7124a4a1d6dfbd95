#!/usr/bin/env sh
# Import benchmark (not a test): ./src-test/benchmark-import.sh [VMS] [HEAP] [--single]
#   VMS   number of VMs in the generated RVTools workbook (default 100000)
#   HEAP  the heap limit under test (default 512m; use 1g for 1000000)
#   --single  one floor pass only, without warm-up or the reference pass (for 1000000)
# Generates the workbook once under ${TMPDIR:-/tmp}/mhub-bench and reuses it.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VMS=${1:-100000}
HEAP=${2:-512m}
cd "$ROOT"
# the Java options ./mhub runs with
JVM_OPTIONS=$(sed -e 's/#.*//' app/jvm.options | tr -s ' \t\n' '   ')
./mvnw -q -B -DskipTests -pl src-test -am package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# The same collector as the ./mhub launcher.
exec java $JVM_OPTIONS -Xmx"$HEAP" -cp "src-test/target/classes:$(cat src-test/target/bench.classpath)" \
  com.migrationhub.bench.ImportBenchmark --vms "$VMS" ${3:-}
