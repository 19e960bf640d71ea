#!/usr/bin/env bash
# scripts/pg-cluster start DIR --port N (what scripts/bootstrap server runs): the cluster listens on
# localhost port N as well as on its socket, trusts the socket only, and wants a password over TCP, even
# from its superuser; the port is kept in DIR/port and a second start reuses the running cluster.
set -euo pipefail
repo=$1
dir=$(mktemp -d /tmp/casebook-pg-port-XXXXXX)
trap '"$repo/scripts/pg-cluster" remove "$dir"' EXIT
port=$(/usr/bin/python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
fail() { echo "FAIL: $*" >&2; exit 1; }

conninfo=$(PG_FAST=1 "$repo/scripts/pg-cluster" start "$dir" --port "$port")
[ "$conninfo" = "host=$dir port=$port user=casebook_dba dbname=postgres" ] || fail "conninfo: $conninfo"
[ "$(cat "$dir/port")" = "$port" ] || fail "DIR/port does not hold $port"
[ "$(psql "$conninfo" -XtAc 'SELECT 1')" = 1 ] || fail "the socket does not let the superuser in"
[ "$(psql "$conninfo" -XtAc 'SHOW port')" = "$port" ] || fail "the server does not run on port $port"
listen=$(psql "$conninfo" -XtAc 'SHOW listen_addresses')
[ "$listen" = "127.0.0.1,::1" ] || fail "it listens on '$listen', not on localhost only"
if out=$(PGCONNECT_TIMEOUT=5 psql "host=127.0.0.1 port=$port user=casebook_dba dbname=postgres" -w -XtAc 'SELECT 1' 2>&1); then
    fail "TCP let the superuser in without a password"
fi
case "$out" in *"no password supplied"*) ;; *) fail "TCP refused for another reason: $out" ;; esac
# A second start finds it running and says the same.
[ "$(PG_FAST=1 "$repo/scripts/pg-cluster" start "$dir" --port "$port")" = "$conninfo" ] || fail "second start"
echo "pg-cluster --port: socket trusted, TCP on localhost:$port wants a password"
