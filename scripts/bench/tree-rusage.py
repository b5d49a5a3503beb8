"""Runs a command and writes the CPU time of its whole process tree: user and system seconds.

The benchmark's CPU figure. This process becomes a child subreaper (Linux prctl), so descendants
whose parent exits first (the Pagefind binary, esbuild's service) are handed to it instead of to
init; it reaps every descendant, and getrusage(RUSAGE_CHILDREN) then holds them all.
Usage: python3 tree-rusage.py OUT_FILE COMMAND [ARGS...]; exits with the command's exit code.
"""
import ctypes
import os
import resource
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
# Descendants still running this long after the command itself ended are left alone.
LINGER_SECONDS = 60

out_file, command = sys.argv[1], sys.argv[2:]
if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    sys.exit("prctl(PR_SET_CHILD_SUBREAPER) mislukte")
pid = os.fork()
if pid == 0:
    os.execvp(command[0], command)
code = None
complete = True
deadline = None
while True:
    try:
        done, status = os.waitpid(-1, os.WNOHANG if deadline else 0)
    except ChildProcessError:
        break
    if done == pid:
        code = os.waitstatus_to_exitcode(status)
        deadline = time.monotonic() + LINGER_SECONDS
    elif done == 0:
        if time.monotonic() > deadline:
            complete = False
            break
        time.sleep(0.05)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out_file, "w") as handle:
    handle.write(f"{usage.ru_utime} {usage.ru_stime} {'complete' if complete else 'incomplete'}\n")
sys.exit(code if code is not None and code >= 0 else 1)
