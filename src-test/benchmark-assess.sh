#!/usr/bin/env sh
# Assessment benchmark (not a test): ./src-test/benchmark-assess.sh [SIZES] [HEAP]
#   SIZES  comma-separated estate sizes (default 10000,100000,1000000)
#   HEAP   the heap limit under test (default 1g)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${1:-10000,100000,1000000}
HEAP=${2:-1g}
cd "$ROOT"
# the Java options ./mhub runs with
JVM_OPTIONS=$(sed -e 's/#.*//' app/jvm.options | tr -s ' \t\n' '   ')
./mvnw -q -B -DskipTests -pl src-test -am package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# The same collector as the ./mhub launcher.
exec java $JVM_OPTIONS -Xmx"$HEAP" -cp "src-test/target/classes:$(cat src-test/target/bench.classpath)" \
  com.migrationhub.bench.AssessmentBenchmark --sizes "$SIZES"
