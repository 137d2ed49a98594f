#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Writes the small sample logs bundled with LogSleuth (for ./dev run and the demo).

They are made up for the project: a web shop's application server and an SSH daemon, each
mostly routine with a handful of unusual lines (listed in ANOMALIES.txt) that a detector
should rank near the top. Deterministic: the same script always writes the same files.
  python3 make_samples.py            # rewrites the files next to this script
"""
import datetime
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def webshop(rng):
    t = datetime.datetime(2026, 3, 14, 8, 0, 0)
    users = [f"user{n:04d}" for n in range(300)]
    skus = [f"SKU-{n:05d}" for n in range(800)]
    threads = [f"http-nio-8080-exec-{n}" for n in range(1, 21)]
    routine = [
        (30, lambda: f"INFO  [{rng.choice(threads)}] web.RequestLog: GET /api/products/{rng.choice(skus)} status=200 bytes={rng.randint(800, 9000)} ms={rng.randint(2, 80)}"),
        (12, lambda: f"INFO  [{rng.choice(threads)}] web.RequestLog: GET /api/cart status=200 bytes={rng.randint(200, 2000)} ms={rng.randint(1, 30)}"),
        (8, lambda: f"INFO  [{rng.choice(threads)}] cart.CartService: Added {rng.choice(skus)} x{rng.randint(1, 4)} to cart of {rng.choice(users)}"),
        (5, lambda: f"INFO  [{rng.choice(threads)}] order.OrderService: Order {rng.randint(100000, 999999)} placed by {rng.choice(users)} total={rng.randint(5, 900)}.{rng.randint(0, 99):02d} EUR"),
        (5, lambda: f"INFO  [{rng.choice(threads)}] payment.PaymentClient: Payment authorised for order {rng.randint(100000, 999999)} in {rng.randint(40, 400)} ms"),
        (4, lambda: f"DEBUG [scheduler-1] cache.ProductCache: Refreshed {rng.randint(700, 800)} entries in {rng.randint(10, 90)} ms"),
        (3, lambda: f"INFO  [{rng.choice(threads)}] auth.SessionManager: Session {rng.getrandbits(64):016x} created for {rng.choice(users)}"),
        (3, lambda: f"INFO  [{rng.choice(threads)}] auth.SessionManager: Session {rng.getrandbits(64):016x} expired after {rng.randint(10, 60)} min"),
        (2, lambda: f"WARN  [{rng.choice(threads)}] web.RequestLog: GET /api/products/{rng.choice(skus)} status=404 bytes=112 ms={rng.randint(1, 5)}"),
        (2, lambda: f"INFO  [db-pool-housekeeper] db.ConnectionPool: Pool stats active={rng.randint(1, 20)} idle={rng.randint(0, 10)} waiting=0"),
    ]
    anomalies = [
        "ERROR [http-nio-8080-exec-7] payment.PaymentClient: Payment gateway timed out after 30000 ms for order 731204, retrying",
        "ERROR [db-pool-housekeeper] db.ConnectionPool: Connection to postgres://10.0.4.12:5432/shop refused: too many clients already",
        "WARN  [scheduler-1] cache.ProductCache: Refresh skipped: lock held by another node for 412 s",
        "ERROR [http-nio-8080-exec-3] order.OrderService: Inventory went negative for SKU-00417 (stock=-3) while placing order 733810",
        "FATAL [main] jvm.Watchdog: java.lang.OutOfMemoryError: Java heap space (heap used 3.9 GiB of 4.0 GiB)",
        "ERROR [http-nio-8080-exec-12] auth.SessionManager: Signature check failed for session token from 203.0.113.77: possible tampering",
    ]
    return generate(rng, 3000, routine, anomalies, lambda dt: dt.strftime("%Y-%m-%d %H:%M:%S,") + f"{rng.randint(0, 999):03d}", t, 0.9)


def sshd(rng):
    t = datetime.datetime(2026, 3, 14, 6, 0, 0)
    names = ["alice", "bob", "deploy", "backup", "carol", "ci-runner"]
    nets = [f"192.0.2.{n}" for n in range(1, 60)]

    def pid():
        return rng.randint(1000, 65000)

    routine = [
        (10, lambda: f"bastion sshd[{pid()}]: Accepted publickey for {rng.choice(names)} from {rng.choice(nets)} port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{rng.getrandbits(128):032x}"),
        (10, lambda: f"bastion sshd[{pid()}]: pam_unix(sshd:session): session opened for user {rng.choice(names)}(uid={rng.randint(1000, 1010)}) by (uid=0)"),
        (10, lambda: f"bastion sshd[{pid()}]: pam_unix(sshd:session): session closed for user {rng.choice(names)}"),
        (8, lambda: f"bastion sshd[{pid()}]: Received disconnect from {rng.choice(nets)} port {rng.randint(30000, 65000)}:11: disconnected by user"),
        (8, lambda: f"bastion sshd[{pid()}]: Disconnected from user {rng.choice(names)} {rng.choice(nets)} port {rng.randint(30000, 65000)}"),
        (3, lambda: f"bastion systemd[1]: Started session-{rng.randint(100, 9999)}.scope - Session {rng.randint(100, 9999)} of User {rng.choice(names)}."),
        (2, lambda: f"bastion CRON[{pid()}]: (root) CMD (/usr/local/bin/rotate-keys --quiet)"),
    ]
    anomalies = [
        "bastion sshd[40211]: error: kex_exchange_identification: Connection closed by remote host",
        "bastion sshd[40212]: Invalid user oracle from 198.51.100.23 port 44120",
        "bastion kernel: [812345.118] sshd[40213]: segfault at 0 ip 000055d0c1a2b3c4 sp 00007ffd1e2f3a40 error 4 in sshd[55d0c1a00000+9a000]",
        "bastion sshd[40214]: fatal: mm_request_receive: read: Connection reset by peer",
        "bastion sudo[40215]: backup : command not allowed ; TTY=pts/2 ; PWD=/home/backup ; USER=root ; COMMAND=/bin/cat /etc/shadow",
    ]
    return generate(rng, 2000, routine, anomalies, lambda dt: dt.strftime("%b %e %H:%M:%S"), t, 2.5)


def generate(rng, n, routine, anomalies, stamp, start, mean_gap):
    weights = [w for w, _ in routine]
    makers = [m for _, m in routine]
    slots = sorted(rng.sample(range(n // 10, n), len(anomalies)))
    lines, labels, t = [], [], start
    for i in range(n):
        t += datetime.timedelta(seconds=rng.expovariate(1.0 / mean_gap))
        if slots and i == slots[0]:
            slots.pop(0)
            lines.append(f"{stamp(t)} {anomalies[len(labels)]}")
            labels.append(i + 1)
        else:
            lines.append(f"{stamp(t)} {rng.choices(makers, weights)[0]()}")
    return lines, labels


def main():
    rng = random.Random(20260314)
    notes = ["# 1-based line numbers of the planted anomalies, per sample"]
    for name, make in (("webshop.log", webshop), ("sshd.log", sshd)):
        lines, labels = make(rng)
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        notes.append(f"{name}: {' '.join(map(str, labels))}")
    with open(os.path.join(HERE, "ANOMALIES.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(notes) + "\n")


if __name__ == "__main__":
    main()
