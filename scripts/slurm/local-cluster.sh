#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for testing sweeps as job arrays.
#   bash scripts/slurm/local-cluster.sh start <state-dir>   # installs slurm-wlm + munge if needed (root, apt)
#   bash scripts/slurm/local-cluster.sh stop  <state-dir>   # stops every daemon it started
# After start, export SLURM_CONF=<state-dir>/slurm.conf for every Slurm command.
set -euo pipefail
action=${1:-}; state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop <state-dir>" >&2; exit 2; }
mkdir -p "$state"
state=$(cd "$state" && pwd)
conf="$state/slurm.conf"

wait_gone() { # pid
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
}

stop() {
  export SLURM_CONF="$conf"
  if [ -f "$conf" ]; then scancel --quiet --full -u root 2>/dev/null || true; fi
  for daemon in slurmd slurmctld munged; do
    if [ -f "$state/$daemon.pid" ]; then
      pid=$(cat "$state/$daemon.pid")
      kill -TERM "$pid" 2>/dev/null || true
      wait_gone "$pid"
      rm -f "$state/$daemon.pid"
    fi
  done
}

start() {
  if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
  fi
  [ -f /etc/munge/munge.key ] || { /usr/sbin/mungekey --create 2>/dev/null || /usr/sbin/create-munge-key -f; }
  chown munge:munge /etc/munge/munge.key 2>/dev/null || true
  mkdir -p /run/munge "$state/spool" "$state/ctld" "$state/log"
  chown munge:munge /run/munge
  # munged refuses to run as root ("Logfile is insecure"): run it as the munge user.
  runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid --force
  for _ in $(seq 1 50); do [ -S /run/munge/munge.socket.2 ] && break; sleep 0.1; done
  cp /run/munge/munged.pid "$state/munged.pid"
  host=$(hostname -s)
  cat > "$conf" <<CONF
ClusterName=interstice-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=5
SchedulerParameters=batch_sched_delay=0
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$conf"
  # -D keeps them in the foreground of their own session, so their PIDs are known.
  setsid /usr/sbin/slurmctld -D -f "$conf" >"$state/log/slurmctld.out" 2>&1 &
  echo $! > "$state/slurmctld.pid"
  setsid /usr/sbin/slurmd -D -f "$conf" >"$state/log/slurmd.out" 2>&1 &
  echo $! > "$state/slurmd.pid"
  for _ in $(seq 1 100); do
    if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then echo "cluster up: SLURM_CONF=$conf"; return 0; fi
    sleep 0.2
  done
  echo "Slurm did not come up; logs in $state/log" >&2
  stop
  return 1
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop <state-dir>" >&2; exit 2 ;;
esac
