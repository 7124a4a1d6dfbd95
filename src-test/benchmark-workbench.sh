#!/usr/bin/env sh
# Workbench benchmark (not a test): ./src-test/benchmark-workbench.sh [VMS] [RUNS]
#   VMS   servers in the engagement opened (default 100000; prepared by the report benchmark's
#         `prepare` under ${TMPDIR:-/tmp}/mhub-bench/report-VMS and kept)
#   RUNS  how many times each start is measured (default 3)
# Prints: process start to an interactive main window (the first frame drawn, from the JVM's
# start); opening the project until the dashboard has loaded every figure (every job done); the
# inventory filter's 95th percentile at VMS servers; the dependency map's frames per second while
# panning 10,000 servers in software rendering. Runs the real launcher under Xvfb (started here when
# no DISPLAY is set; Debian's xvfb and libgtk-3-0).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VMS=${1:-100000}
RUNS=${2:-3}
cd "$ROOT"
# the Java options ./mhub runs with
JVM_OPTIONS=$(sed -e 's/#.*//' app/jvm.options | tr -s ' \t\n' '   ')
./mvnw -q -B -DskipTests -pl src-test -am package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="domain/target/classes:connectors/target/classes:reports/target/classes:app/target/classes:samples/target/classes:assets/target/classes"
CP="$CP:src-test/target/classes:$(cat src-test/target/bench.classpath)"
java $JVM_OPTIONS -Xmx2g -cp "$CP" com.migrationhub.bench.ReportBenchmark prepare --vms "$VMS"
PROJECT="${TMPDIR:-/tmp}/mhub-bench/report-$VMS/report.mhub"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :78 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:78
  sleep 1
fi
OPTS="-Dmhub.timings=true -Dmhub.exitWhenIdle=true -Dmhub.userSettings=$WORK/settings -Dprism.order=sw"
# The launcher keeps the classes of its first run after a build in a class archive (MHUB_CDS=off
# measures without it): one run that opens the project first, unmeasured, makes it.
MHUB_JAVA_OPTS="$OPTS" ./mhub open "$PROJECT" >/dev/null 2>&1 || true
echo "== start to an interactive window (welcome page), $RUNS runs"
i=0; while [ $i -lt "$RUNS" ]; do
  MHUB_JAVA_OPTS="$OPTS" ./mhub open 2>&1 | grep "mhub: timing" || true
  i=$((i + 1))
done
echo "== opening $PROJECT ($VMS servers) until the dashboard has loaded, $RUNS runs"
i=0; while [ $i -lt "$RUNS" ]; do
  MHUB_JAVA_OPTS="$OPTS" ./mhub open "$PROJECT" 2>&1 | grep "mhub: timing" || true
  i=$((i + 1))
done
echo "== inventory filter at $VMS servers"
java $JVM_OPTIONS -Xmx1g -cp "$CP" com.migrationhub.bench.InventoryFilterBenchmark --project "$PROJECT"
echo "== dependency map: panning 10,000 servers (software rendering)"
java $JVM_OPTIONS -Dprism.order=sw -cp "$CP" com.migrationhub.bench.GraphPanBenchmark --nodes 10000
