#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a database (created if missing). Stop the console first, or
# restore into another name and point the console at it:
#   gunzip -c dangjian-2026-11-30.sql.gz | ops/restore.sh [host] [port] [user] [target-database]
set -euo pipefail
HOST=${1:-127.0.0.1} PORT=${2:-3306} USER=${3:-root} TARGET=${4:-dangjian}
# The dump names its database; rewrite it to the target so a restore never overwrites the source by accident.
sed -e "s/^CREATE DATABASE .*\`dangjian\`/CREATE DATABASE IF NOT EXISTS \`$TARGET\`/" -e "s/^USE \`dangjian\`;/USE \`$TARGET\`;/" \
  | mariadb --host="$HOST" --port="$PORT" --user="$USER" --default-character-set=utf8mb4
