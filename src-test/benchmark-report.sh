#!/usr/bin/env sh
# Report benchmark (not a test): ./src-test/benchmark-report.sh [VMS] [HEAP]
# Writes the PDF and the workbook in the benchmark (timing each step), then with ./mhub report.
#   VMS   servers in the generated engagement (default 100000)
#   HEAP  the heap limit the PDF and the workbook are each written under (default 512m)
# The first run prepares the engagement (generate, import, assess, dependencies, groups, waves: a
# few minutes at 100,000 servers) under ${TMPDIR:-/tmp}/mhub-bench/report-VMS and keeps it.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VMS=${1:-100000}
HEAP=${2:-512m}
cd "$ROOT"
# the Java options ./mhub runs with
JVM_OPTIONS=$(sed -e 's/#.*//' app/jvm.options | tr -s ' \t\n' '   ')
./mvnw -q -B -DskipTests -pl src-test -am package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="domain/target/classes:connectors/target/classes:reports/target/classes:app/target/classes:samples/target/classes:assets/target/classes"
CP="$CP:src-test/target/classes:$(cat src-test/target/bench.classpath)"
java $JVM_OPTIONS -Xmx2g -cp "$CP" com.migrationhub.bench.ReportBenchmark prepare --vms "$VMS"
# each in a fresh JVM under the heap limit, with the options the ./mhub launcher runs with
java $JVM_OPTIONS -Xmx"$HEAP" -cp "$CP" com.migrationhub.bench.ReportBenchmark pdf --vms "$VMS"
java $JVM_OPTIONS -Xmx"$HEAP" -cp "$CP" com.migrationhub.bench.ReportBenchmark xlsx --vms "$VMS"
# Then as a consultant runs it: ./mhub report on the same project, the JVM's start and the launcher's
# class-data-sharing archive included. The reports' archive is made again by one unmeasured report
# run first, as a consultant's first report after an install makes it (a test's `report --help`
# may have made it, without the PDF and spreadsheet classes).
PROJECT="${TMPDIR:-/tmp}/mhub-bench/report-$VMS/report.mhub"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
rm -f app/target/mhub-report.jsa
MHUB_JAVA_OPTS="-Xmx$HEAP" ./mhub report -p "$PROJECT" --scenario bench --xlsx "$OUT/warm.xlsx" >/dev/null 2>&1 || true
for WHAT in pdf xlsx; do
  for RUN in 1 2 3; do
    START=$(date +%s%N)
    MHUB_JAVA_OPTS="-Xmx$HEAP" ./mhub report -p "$PROJECT" --scenario bench --$WHAT "$OUT/report.$WHAT" >/dev/null 2>&1
    END=$(date +%s%N)
    echo "mhub report --$WHAT, run $RUN: $(( (END - START) / 1000000 )) ms, the JVM's start included"
  done
done
