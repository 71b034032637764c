#!/usr/bin/python3
"""Runs a command under the system-call filter and memory protection of systemd/veille.service,
without systemd: a check for machines (containers, CI) where systemd is not PID 1.

    scripts/check-sandbox.py .build/release/veille watch

The filter is built as systemd builds it: the syscalls of @system-service, less @privileged and
@resources, others failing with EPERM (SystemCallErrorNumber=EPERM); MemoryDenyWriteExecute=yes
refuses mmap with PROT_WRITE|PROT_EXEC and mprotect with PROT_EXEC; NoNewPrivileges is set.
Syscalls refused are not logged (they fail with EPERM, as under the unit); run the command under
strace -f to see them. Needs python3-seccomp (apt) and systemd-analyze for the group lists.
"""
import errno
import os
import subprocess
import sys

import seccomp

PROT_WRITE, PROT_EXEC = 0x2, 0x4


def expand(group, cache={}):
    """The syscall names of a systemd syscall group, nested groups included."""
    if group not in cache:
        listing = subprocess.run(["systemd-analyze", "syscall-filter", group], capture_output=True, text=True, check=True)
        names = set()
        for line in listing.stdout.splitlines()[1:]:
            item = line.strip()
            if item and not item.startswith("#"):
                names |= expand(item) if item.startswith("@") else {item}
        cache[group] = names
    return cache[group]


def build_filter():
    allowed = expand("@system-service") - expand("@privileged") - expand("@resources")
    memory = {"mmap", "mprotect", "pkey_mprotect", "shmat"}
    rules = seccomp.SyscallFilter(defaction=seccomp.ERRNO(errno.EPERM))
    for name in sorted(allowed - memory):
        try:
            rules.add_rule(seccomp.ALLOW, name)
        except (RuntimeError, ValueError):
            pass  # A name this kernel or libseccomp does not know.
    for prot in (0, PROT_WRITE, PROT_EXEC):  # never both
        rules.add_rule(seccomp.ALLOW, "mmap", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_WRITE | PROT_EXEC, prot))
    for name in ("mprotect", "pkey_mprotect"):
        rules.add_rule(seccomp.ALLOW, name, seccomp.Arg(2, seccomp.MASKED_EQ, PROT_EXEC, 0))
    return rules


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build_filter().load()
    os.execvp(sys.argv[1], sys.argv[1:])
