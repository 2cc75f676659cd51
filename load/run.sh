#!/usr/bin/env bash
# Runs the load test against a Kiroku already running on loopback, samples the app's CPU and heap every 10 s while
# it runs, and prints one report: p50/p95/p99 per action, errors, heap and CPU (of the app, of the local MariaDB
# server and of the whole machine; the kernel's clock ticks 100 times a second).
#   load/run.sh <pid of the app's JVM> [-Dkiroku.load.users=200 -Dkiroku.load.hold=600 …]
# It waits up to 3 minutes for the app to answer first, so it can follow the app's start.
set -euo pipefail
cd "$(dirname "$0")"
pid="$1"
shift
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
mkdir -p target
samples=target/samples.tsv

url=http://127.0.0.1:8080
for setting in "$@"; do
    case "$setting" in -Dkiroku.load.url=*) url="${setting#-Dkiroku.load.url=}" ;; esac
done
for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$url/login" && break
    sleep 1
done

sample() {
    local ticks_before db_before busy_before total_before db_pid
    db_pid=$(pgrep -o -x mariadbd || pgrep -o -x mysqld || echo "$pid")
    read -r ticks_before < <(awk '{print $14 + $15}' "/proc/$pid/stat")
    read -r db_before < <(awk '{print $14 + $15}' "/proc/$db_pid/stat")
    read -r busy_before total_before < <(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
    printf 'seconds\tapp_cpu_percent\tdatabase_cpu_percent\tmachine_cpu_percent\theap_used_mb\n' > "$samples"
    local start=$SECONDS
    while kill -0 "$pid" 2>/dev/null; do
        sleep 10
        local ticks db busy total heap
        read -r ticks < <(awk '{print $14 + $15}' "/proc/$pid/stat")
        read -r db < <(awk '{print $14 + $15}' "/proc/$db_pid/stat")
        read -r busy total < <(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
        heap=$(jstat -gc "$pid" | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}')
        printf '%d\t%d\t%d\t%.0f\t%s\n' $((SECONDS - start)) "$(( (ticks - ticks_before) / 10 ))" \
            "$(( (db - db_before) / 10 ))" \
            "$(echo "$busy $busy_before $total $total_before" | awk '{print 100 * ($1-$2) / ($3-$4)}')" \
            "$heap" >> "$samples"
        ticks_before=$ticks db_before=$db busy_before=$busy total_before=$total
    done
}

sample &
sampler=$!
trap 'kill $sampler 2>/dev/null || true' EXIT
status=0
mvn -B -q gatling:test "$@" > target/gatling-console.txt 2>&1 || status=$?
kill $sampler 2>/dev/null || true
python3 report.py "$samples" "$@"
exit $status
