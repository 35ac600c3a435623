#!/usr/bin/env bash
# A consistent logical backup of the console's database, without stopping it (InnoDB, one snapshot):
#   ops/backup.sh [host] [port] [user] [database] > dangjian-$(date +%F).sql.gz
# The password comes from MYSQL_PWD (or ~/.my.cnf). Files and uploads live in the database, so this is all.
set -euo pipefail
HOST=${1:-127.0.0.1} PORT=${2:-3306} USER=${3:-dangjian} DB=${4:-dangjian}
mariadb-dump --host="$HOST" --port="$PORT" --user="$USER" --single-transaction --quick --routines --triggers \
  --events --hex-blob --default-character-set=utf8mb4 --databases "$DB" | gzip -c
