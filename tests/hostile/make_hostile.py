#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Writes the hostile inputs that bench/hostile.sh feeds to logsleuth-cli: decompression
bombs, truncated and corrupt archives, binary junk, UTF-16, a 50 MB line, an empty file, a
folder of rotated logs with a binary file, a named pipe and a link loop in it.
Everything is made here from constants and a fixed seed, nothing is downloaded."""
import bz2
import gzip
import io
import os
import random
import sys
import tarfile
import zipfile

out = sys.argv[1] if len(sys.argv) > 1 else "hostile"
os.makedirs(out, exist_ok=True)
MiB = 1 << 20
rng = random.Random(7)


def path(name):
    return os.path.join(out, name)


def log_lines(n):
    return "".join(f"2026-03-14 08:{i // 60 % 60:02d}:{i % 60:02d},{i % 1000:03d} INFO [main] app.Worker: "
                   f"job {i} done in {i % 97} ms\n" for i in range(n))


# A 1 MB zip holding one 1 GiB line, and a gzip bomb of the same size.
with zipfile.ZipFile(path("bomb.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open("big.log", "w", force_zip64=True) as f:
        for _ in range(1024):
            f.write(b"x" * MiB)
with gzip.open(path("bomb.log.gz"), "wb", compresslevel=9) as f:
    for _ in range(1024):
        f.write(b"\0" * MiB)
# Truncated and corrupt compressed data.
packed = gzip.compress(log_lines(20000).encode())
open(path("truncated.log.gz"), "wb").write(packed[: len(packed) // 2])
open(path("corrupt.zip"), "wb").write(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(4096)))
tar = io.BytesIO()
with tarfile.open(fileobj=tar, mode="w") as t:
    data = log_lines(5000).encode()
    info = tarfile.TarInfo("app.log")
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))
open(path("truncated.tar.bz2"), "wb").write(bz2.compress(tar.getvalue())[:-200])
# Binary junk, UTF-16 with and without a byte-order mark, NUL bytes, one 50 MB line, empty.
open(path("junk.bin"), "wb").write(bytes(rng.randrange(256) for _ in range(4 * MiB)))
open(path("utf16le-bom.log"), "wb").write(b"\xff\xfe" + log_lines(20000).encode("utf-16-le"))
open(path("utf16be.log"), "wb").write(log_lines(20000).encode("utf-16-be"))
open(path("nul.log"), "wb").write(log_lines(20000).encode().replace(b"job", b"j\0b"))
open(path("line-50MB.log"), "wb").write(b"2026-03-14 08:00:00 INFO " + b"y" * (50 * MiB) + b"\n" +
                                        log_lines(1000).encode())
open(path("empty.log"), "wb").close()
# Lines that are one long run each of whose words could start a host name or a path: masking
# looked at the run again from every word (0.6-1.7 s a line).
open(path("dotted-runs.log"), "wb").write(b"".join(
    b"2026-03-14 08:00:%02d INFO %d " % (i % 60, i) + b"a." * 32768 + b"/X\n" for i in range(200)))
# A folder as /var/log holds it: rotated logs, a binary login record (wtmp), a named pipe that
# would block a reader forever, a symbolic link that points at itself, and a subfolder.
folder = path("folder")
os.makedirs(os.path.join(folder, "old"), exist_ok=True)
for i in range(300):
    open(os.path.join(folder, f"app.log.{i}" if i else "app.log"), "w").write(log_lines(100))
open(os.path.join(folder, "wtmp"), "wb").write(bytes(rng.randrange(256) for _ in range(384 * 1024)))
for special in ("pipe", "loop"):
    if os.path.lexists(os.path.join(folder, special)):
        os.remove(os.path.join(folder, special))
os.mkfifo(os.path.join(folder, "pipe"))
os.symlink("loop", os.path.join(folder, "loop"))
print(out)
