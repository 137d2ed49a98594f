#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the eleventh round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.610.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (a Java stack frame, the second line of a java.util.logging
record, the rows of a Hazelcast member list, the lines of an rclone stats block, the header lines
of an ACME response certbot logs, a CMTrace record whose message spans lines, the "--- db.rev"
tracking lines of a Perforce command, an ESP32 register dump, the "| " lines of a failed BitBake
task) carry the time, level and component of the record they belong to; a record that has no
header at all (the ESP32 ROM bootloader's lines, a Guru Meditation panic, BitBake's "Build
Configuration" block) gets the time of its neighbours and no level or component.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (memcached's "<%d %s" echo of every ASCII command, the step name of a SonarQube
Compute Engine step, the stat= text of a sendmail delivery), while two format strings that look
alike are two events (sendmail's delivery line with and without ctladdr=, Lambda's REPORT line with
and without "Init Duration"). Where a collector wraps the line of an application (Heroku's
"app[web.1]:" prefix, `aws logs tail`'s stream name, CMTrace's <![LOG[...]LOG]!> frame), the event
is the application's format. Where a log writes local time without an offset, the host's clock is
UTC; where it writes the offset (pacman's "+0100"), the true time is that instant.

usage: unseen_logs_round11.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round11)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round11")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts, fill  # noqa: E402


def thou(n, sep=","):
    """12345678 -> "12,345,678"."""
    return f"{n:,}".replace(",", sep)


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


# 1 ---------------------------------------------------------------- sendmail 8.18 on FreeBSD 14 (mx1, a small company's mail host), /var/log/maillog:
#   BSD syslog "Dec  1 10:00:00 mx1 sm-mta[pid]: <qid>: ..." with opendkim and sm-msp-queue beside it; inbound mail, authenticated submission,
#   deliveries, deferrals and bounces, RBL and relaying rejections, scanners that never send MAIL, newsyslog turning the file over
@checked
def log_sendmail(seed):
    L = Log("sendmail_maillog", seed, "noyear", False, True)
    g = L.g
    HOST = "mx1"
    st = {"mta": g.num(60000, 70000), "dkim": g.num(800, 900), "n": 0, "deferred": [], "day": L.t.day}
    LOCAL = ["alice", "bob", "carol", "dave", "erin", "frank", "sales", "info", "billing"]
    RELAYS = [("mail-wm1-f45.google.com.", "209.85.128.45"), ("mail-eopbgr80071.outbound.protection.outlook.com.", "40.107.8.71"),
              ("mx-out2.newsletter-example.net.", "198.51.100.23"), ("smtp.partner-logistics.de.", "185.23.4.80"), ("o1.email.saasvendor.com.", "167.89.12.4")]
    MXS = [("gmail-smtp-in.l.google.com.", "142.250.102.27"), ("example-org.mail.protection.outlook.com.", "52.101.68.13"),
           ("mx00.ionos.de.", "212.227.15.41"), ("mx.partner-logistics.de.", "185.23.4.81"), ("mx1.slow-isp.example.", "203.0.113.77")]

    C60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"

    def qid():
        st["n"] += 1
        t = L.t
        return (f"{C60[t.year % 60]}{C60[t.month - 1]}{C60[t.day]}{C60[t.hour]}{C60[t.minute]}{C60[t.second]}"
                f"{C60[st['n'] % 60]}{C60[st['n'] // 60 % 60]}{g.num(1000, 99999):06d}")

    def s(tag, pid, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        if L.t.day != st["day"]:
            st["day"] = L.t.day
            L.emit(f"{syslog_ts(L.t)} {HOST} newsyslog[{g.num(20000, 99999)}]: logfile turned over", "newsyslog_turned_over", None, "newsyslog")
        L.emit(f"{syslog_ts(L.t)} {HOST} {tag}[{pid}]: {msg}", ev, None, tag)

    def mta(msg, ev, pid=None):
        s("sm-mta", pid or st["mta"], msg, ev)

    def newpid():
        st["mta"] += g.num(1, 40)
        if st["mta"] > 99990:
            st["mta"] = 1200
        return st["mta"]

    def delay(sec):
        d, r = divmod(sec, 86400)
        h, r = divmod(r, 3600)
        mi, se = divmod(r, 60)
        return (f"{d}+" if d else "") + f"{h:02d}:{mi:02d}:{se:02d}"

    def msgid(dom):
        return g.c([f"<{g.hx(8)}.{g.hx(4)}@{dom}>", f"<CA+{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@mail.gmail.com>",
                    f"<{g.num(100000, 999999)}.{g.num(1000, 9999)}.{g.num(1700000000, 1799999999)}@{dom}>"])

    def inbound():
        p = newpid()
        host, ip = g.c(RELAYS)
        q = qid()
        tls = g.r.random() < 0.8
        if tls:
            mta(f"STARTTLS=server, relay={host} [{ip}], version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384, bits=256/256", "starttls", p)
        sender = f"<{g.c(['noreply', 'orders', 'jane.doe', 'newsletter', 'support', 'm.weber'])}@{host.split('.', 1)[1].rstrip('.')}>"
        n = g.c([1, 1, 1, 2])
        rc = [f"<{g.c(LOCAL)}@example.com>" for _ in range(n)]
        proto = "ESMTPS" if tls else "ESMTP"
        if g.r.random() < 0.7:
            mta(f"{q}: from={sender}, size={g.num(1500, 2500000)}, class=0, nrcpts={n}, msgid={msgid(host.split('.', 1)[1].rstrip('.'))}, bodytype=8BITMIME, proto={proto}, daemon=MTA, relay={host} [{ip}]", "from_bodytype", p)
        else:
            mta(f"{q}: from={sender}, size={g.num(1500, 2500000)}, class=0, nrcpts={n}, msgid={msgid(host.split('.', 1)[1].rstrip('.'))}, proto={proto}, daemon=MTA, relay={host} [{ip}]", "from", p)
        r = g.r.random()
        if r < 0.75:
            s("opendkim", st["dkim"], f"{q}: DKIM verification successful", "dkim_verified")
        elif r < 0.85:
            s("opendkim", st["dkim"], f"{q}: s={g.c(['google', 'selector1', 's1', 'k1'])} d={host.split('.', 1)[1].rstrip('.')} SSL error:1E08010C:DECODER routines::unsupported", "dkim_ssl_error")
        elif r < 0.92:
            s("opendkim", st["dkim"], f"{q}: bad signature data", "dkim_bad_signature")
        L.tick(0.5)
        d = g.num(0, 2)
        for a in rc:
            if g.r.random() < 0.3:
                mta(f"{q}: to={a}, ctladdr={a} ({g.num(1001, 1020)}/{g.num(1001, 1020)}), delay={delay(d)}, xdelay={delay(g.num(0, d))}, mailer=local, pri={g.num(30000, 2600000)}, dsn=2.0.0, stat=Sent", "to_local_ctladdr", newpid())
            else:
                mta(f"{q}: to={a}, delay={delay(d)}, xdelay={delay(g.num(0, d))}, mailer=local, pri={g.num(30000, 2600000)}, dsn=2.0.0, stat=Sent", "to_local", newpid())

    def outbound():
        p = newpid()
        cip = g.ip("pub") if g.r.random() < 0.4 else g.ip("192")
        user = g.c(LOCAL[:6])
        q = qid()
        mta(f"STARTTLS=server, relay=[{cip}], version=TLSv1.3, verify=NO, cipher=TLS_AES_128_GCM_SHA256, bits=128/128", "starttls", p)
        mta(f"{q}: AUTH=server, relay=[{cip}], authid={user}@example.com, mech={g.c(['PLAIN', 'LOGIN'])}, bits=0", "auth_server", p)
        n = g.c([1, 1, 2, 3])
        dest = [g.c(MXS) for _ in range(n)]
        mta(f"{q}: from=<{user}@example.com>, size={g.num(900, 9000000)}, class=0, nrcpts={n}, msgid=<{g.hx(8)}-{g.hx(4)}-{g.hx(4)}@example.com>, bodytype=8BITMIME, proto=ESMTPSA, daemon=MSA, relay=[{cip}]", "from_bodytype", p)
        s("opendkim", st["dkim"], f"{q}: DKIM-Signature field added (s=mail2025, d=example.com)", "dkim_signed")
        mta(f"{q}: Milter insert (1): header: DKIM-Signature:  v=1; a=rsa-sha256; c=simple/simple; d=example.com; s=mail2025; t={int(L.t.timestamp())}; bh={g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=;", "milter_insert_header", p)
        L.tick(1)
        dp = newpid()
        for mx, ip in dest:
            rcpt = f"<{g.c(['j.smith', 'kontakt', 'orders', 'hr', 'm.rossi', 'support'])}@{mx.split('.')[0] if 'google' not in mx else 'gmail.com'}{'' if 'google' in mx else '.example'}>"
            if "slow" in mx and g.r.random() < 0.8:
                mta(f"{q}: to={rcpt}, ctladdr=<{user}@example.com> ({g.num(1001, 1020)}/{g.num(1001, 1020)}), delay=00:00:{g.num(30, 59)}, xdelay=00:00:{g.num(30, 59)}, mailer=esmtp, pri={g.num(120000, 9000000)}, relay={mx} [{ip}], dsn=4.0.0, stat=Deferred: Connection timed out with {mx.rstrip('.')}", "to_esmtp_ctladdr", dp)
                st["deferred"].append((q, rcpt, mx, ip, L.t, user))
                continue
            if g.r.random() < 0.5:
                mta(f"STARTTLS=client, relay={mx}, version=TLSv1.3, verify={g.c(['OK', 'FAIL', 'OK'])}, cipher=TLS_AES_256_GCM_SHA384, bits=256/256", "starttls", dp)
            ok = g.c([f"Sent (OK  {int(L.t.timestamp())} {g.alnum(6)}-{g.alnum(12)}.{g.num(100, 999)} - gsmtp)", f"Sent (Ok: queued as {g.HX(10)})", f"Sent ({g.hx(16)} Message accepted for delivery)",
                      "Sent (2.0.0 OK)", f"Sent (<{g.hx(8)}-{g.hx(4)}@example.com> [InternalId={g.num(10**12, 10**13)}, Hostname={g.HX(6)}.eurprd04.prod.outlook.com] {g.num(2000, 90000)} bytes in {g.f(0.01, 0.9)}, {g.f(10, 900)} KB/sec Queued mail for delivery)"])
            mta(f"{q}: to={rcpt}, ctladdr=<{user}@example.com> ({g.num(1001, 1020)}/{g.num(1001, 1020)}), delay=00:00:0{g.num(1, 9)}, xdelay=00:00:0{g.num(1, 9)}, mailer=esmtp, pri={g.num(120000, 9000000)}, relay={mx} [{ip}], dsn=2.0.0, stat={ok}", "to_esmtp_ctladdr", dp)

    def queue_run():
        if not st["deferred"]:
            return
        q, rcpt, mx, ip, t0, user = st["deferred"].pop(0)
        age = int((L.t - t0).total_seconds())
        p = newpid()
        if age > 5 * 86400 or g.r.random() < 0.15:
            mta(f"{q}: to={rcpt}, delay={delay(age)}, xdelay=00:00:{g.num(30, 59)}, mailer=esmtp, pri={g.num(900000, 9900000)}, relay={mx} [{ip}], dsn=4.0.0, stat=Deferred: Connection timed out with {mx.rstrip('.')}", "to_esmtp", p)
            b = qid()
            mta(f"{q}: {b}: DSN: Cannot send message for 5 days", "dsn_cannot_send", p)
            mta(f"{b}: to=<{user}@example.com>, delay=00:00:00, xdelay=00:00:00, mailer=local, pri={g.num(30000, 90000)}, dsn=2.0.0, stat=Sent", "to_local", p)
        elif g.r.random() < 0.5:
            mta(f"{q}: to={rcpt}, delay={delay(age)}, xdelay=00:00:0{g.num(1, 9)}, mailer=esmtp, pri={g.num(900000, 9900000)}, relay={mx} [{ip}], dsn=2.0.0, stat=Sent (Ok: queued as {g.HX(10)})", "to_esmtp", p)
        else:
            mta(f"{q}: to={rcpt}, delay={delay(age)}, xdelay=00:00:{g.num(30, 59)}, mailer=esmtp, pri={g.num(900000, 9900000)}, relay={mx} [{ip}], dsn=4.0.0, stat=Deferred: Connection timed out with {mx.rstrip('.')}", "to_esmtp", p)
            st["deferred"].append((q, rcpt, mx, ip, t0, user))

    def unknown_host():
        p = newpid()
        q = qid()
        user = g.c(LOCAL[:6])
        dom = g.c(["exmaple.com", "gmial.com", "partner-logistcs.de", "old-customer.example"])
        mta(f"{q}: from=<{user}@example.com>, size={g.num(900, 90000)}, class=0, nrcpts=1, msgid=<{g.hx(8)}-{g.hx(4)}@example.com>, bodytype=8BITMIME, proto=ESMTPSA, daemon=MSA, relay=[{g.ip('192')}]", "from_bodytype", p)
        mta(f"{q}: to=<{g.c(['info', 'j.smith', 'orders'])}@{dom}>, ctladdr=<{user}@example.com> ({g.num(1001, 1020)}/{g.num(1001, 1020)}), delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri={g.num(30000, 120000)}, relay={dom}, dsn=5.1.2, stat=Host unknown (Name server: {dom}: host not found)", "to_esmtp_ctladdr", p)
        b = qid()
        mta(f"{q}: {b}: DSN: Host unknown (Name server: {dom}: host not found)", "dsn_host_unknown", p)
        mta(f"{b}: to=<{user}@example.com>, delay=00:00:00, xdelay=00:00:00, mailer=local, pri={g.num(30000, 90000)}, dsn=2.0.0, stat=Sent", "to_local", p)

    def rbl():
        ip = g.ip("pub")
        mta(f"ruleset=check_relay, arg1=[{ip}], arg2=127.0.0.{g.c([2, 3, 4, 11])}, relay=[{ip}], reject=554 5.7.1 Rejected {ip} found in zen.spamhaus.org", "reject_rbl", newpid())

    def relaying():
        ip = g.ip("pub")
        q = qid()
        a = f"<{g.alnum(g.num(5, 9))}@{g.c(['qq.com', 'mail.ru', 'yahoo.co.jp', 'hotmail.com'])}>"
        mta(f"{q}: ruleset=check_rcpt, arg1={a}, relay=[{ip}], reject=550 5.7.1 {a}... Relaying denied. IP name lookup failed [{ip}]", "reject_relaying", newpid())

    def scanner():
        ip = g.ip("pub")
        rel = g.c([f"[{ip}]", f"scan-{g.num(1, 40)}.shadowserver.org [{ip}]", f"{g.c(['zg', 'ns', 'vps'])}-{g.num(100, 999)}.{g.c(['censys-scanner.com', 'example-hosting.net'])} [{ip}]"])
        mta(f"{qid()}: {rel} did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA", "no_mail_issued", newpid())

    def tls_error():
        ip = g.ip("pub")
        mta(f"STARTTLS=server, error: accept failed=-1, reason=no shared cipher, SSL_error=1, errno=0, retry=-1, relay=[{ip}]", "starttls_accept_failed", newpid())

    def lost_input():
        ip = g.ip("pub")
        mta(f"{qid()}: lost input channel from [{ip}] to MTA after {g.c(['rcpt', 'mail', 'data', 'rcpt'])}", "lost_input", newpid())

    def auth_fail():
        ip = g.ip("pub")
        mta(f"{qid()}: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user={g.c(['admin', 'test', 'info', 'sales', 'webmaster'])}, relay=[{ip}]", "auth_failure", newpid())

    def cron_mail():
        q = qid()
        p = g.num(20000, 99999)
        s("sm-msp-queue", p, f"{q}: from=root, size={g.num(600, 9000)}, class=0, nrcpts=1, msgid=<{L.t:%Y%m%d%H%M}.{q}@mx1.example.com>, relay=root@localhost", "msp_from")
        s("sm-msp-queue", p, f"{q}: to=root, ctladdr=root (0/0), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri={g.num(30000, 40000)}, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent ({qid()} Message accepted for delivery)", "msp_to_relay")

    def restart():
        mta("stopping daemon, reason=signal", "stopping_daemon", st["mta"])
        L.tick(5)
        mta("starting daemon (8.18.1): SMTP+queueing@00:30:00", "starting_daemon", newpid())
        s("sm-msp-queue", g.num(900, 2000), "starting daemon (8.18.1): queueing@00:30:00", "starting_daemon")

    def aliases():
        mta("alias database /etc/mail/aliases rebuilt by root", "aliases_rebuilt", newpid())
        mta(f"/etc/mail/aliases: {g.num(30, 40)} aliases, longest {g.num(20, 40)} bytes, {g.num(900, 1500)} bytes total", "aliases_stats", st["mta"])

    mta("starting daemon (8.18.1): SMTP+queueing@00:30:00", "starting_daemon", newpid())
    s("sm-msp-queue", g.num(900, 2000), "starting daemon (8.18.1): queueing@00:30:00", "starting_daemon")
    ev = [(30, inbound), (12, outbound), (6, queue_run), (2, unknown_host), (14, rbl), (5, relaying), (10, scanner), (3, tls_error), (4, lost_input),
          (6, auth_fail), (2, cron_mail), (0.3, restart), (0.3, aliases)]
    return L.run(slowed(L, ev, 90), None)


# 2 ---------------------------------------------------------------- Puppet agent 8.10 (log_level = info, show_diff) on a RHEL 9 web server, /var/log/messages via rsyslog:
#   "Dec  1 10:00:00 web03 puppet-agent[pid]: message" among systemd, systemd-logind, chronyd, dnf and rsyslogd lines; runs every 30 minutes,
#   resource changes, refreshes, file diffs folded by rsyslog into one line with "#012", a broken Hiera key, an unreachable server
@checked
def log_puppet(seed):
    L = Log("puppet_agent_messages", seed, "noyear", False, True)
    g = L.g
    HOST = "web03"
    st = {"pid": g.num(1100, 1300), "sess": g.num(200, 400), "broken": False, "down": False, "ver": g.hx(7)}
    RES = [("Profile::Base::Packages", "Package[openssl]", "ensure", ["1:3.0.7-24.el9", "1:3.0.7-27.el9", "1:3.0.7-28.el9"]),
           ("Profile::Base::Packages", "Package[kernel-tools]", "ensure", ["5.14.0-427.13.1.el9_4", "5.14.0-503.11.1.el9_5", "5.14.0-503.14.1.el9_5"]),
           ("Profile::Base::Users", "User[deploy]", "groups", ["deploy", "deploy,wheel", "deploy,wheel,nginx"]),
           ("Profile::Base::Sysctl", "Sysctl[vm.swappiness]", "value", ["60", "10", "1"]),
           ("Profile::Web::Nginx", "File[/etc/nginx/nginx.conf]", "mode", ["0600", "0644"]),
           ("Profile::App::Deploy", "File[/opt/shop/releases/current]", "target", ["/opt/shop/releases/20261128-1", "/opt/shop/releases/20261201-2", "/opt/shop/releases/20261203-1"])]
    SERVICES = [("Profile::Base::Ntp", "chronyd", "NTP client/server"), ("Profile::App::Deploy", "shop-worker", "Shop background worker"),
                ("Profile::Base::Monitoring", "node_exporter", "Prometheus Node Exporter")]

    def s(tag, pid, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"{syslog_ts(L.t)} {HOST} {tag}{'[' + str(pid) + ']' if pid else ''}: {msg}", ev, None, tag)

    def pa(msg, ev):
        s("puppet-agent", st["pid"], msg, ev)

    def sysd(msg, ev):
        s("systemd", 1, msg, ev)

    def diff(path):
        old = g.num(8, 40)
        body = [f"--- {path}\t{L.t - dt.timedelta(days=g.num(1, 90)):%Y-%m-%d %H:%M:%S}.{g.num(100000000, 999999999)} +0000",
                f"+++ /tmp/puppet-file{L.t:%Y%m%d}-{st['pid']}-{g.alnum(6)}\t{L.t:%Y-%m-%d %H:%M:%S}.{g.num(100000000, 999999999)} +0000",
                f"@@ -{old},7 +{old},7 @@", "     server_name shop.example.com;", f"-    client_max_body_size {g.c([8, 16])}m;",
                f"+    client_max_body_size {g.c([32, 64])}m;", f"     proxy_read_timeout {g.c([60, 120])}s;"]
        return "#012".join(body).replace("\t", "#011")

    def run():
        pa("Using environment 'production'", "using_environment")
        pa("Retrieving pluginfacts", "retrieving_pluginfacts")
        pa("Retrieving plugin", "retrieving_plugin")
        L.tick(2)
        pa("Loading facts", "loading_facts")
        L.tick(4)
        if st["down"]:
            pa("Connection to https://puppet.example.com:8140/puppet/v3 failed, trying next route: Request to https://puppet.example.com:8140/puppet/v3 timed out connect operation after 120.001 seconds", "route_failed")
            L.t += dt.timedelta(seconds=120)
            pa("Wrapped exception:", "wrapped_exception")
            pa("Request to https://puppet.example.com:8140/puppet/v3 timed out connect operation after 120.001 seconds", "request_timed_out")
            pa("Could not retrieve catalog from remote server: No more routes to puppet", "no_more_routes")
            pa("Using cached catalog from environment 'production'", "using_cached_catalog")
            pa(f"Applying configuration version '{st['ver']}'", "applying_version")
            L.tick(6)
            pa(f"Applied catalog in {g.f(3, 9, 2)} seconds", "applied_catalog")
            if g.r.random() < 0.4:
                st["down"] = False
            return
        pa("Requesting catalog from puppet.example.com:8140 (10.20.0.5)", "requesting_catalog")
        L.tick(3)
        if st["broken"]:
            pa("Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error: Error while evaluating a Function Call, "
               "Could not find data item profile::web::vhosts in any Hiera data file and no default supplied (file: /etc/puppetlabs/code/environments/production/site/profile/manifests/web/nginx.pp, "
               f"line: {g.c([14, 15])}, column: 21) on node {HOST}.example.com", "catalog_error_500")
            pa("Not using cache on failed catalog", "not_using_cache")
            pa("Could not retrieve catalog; skipping run", "skipping_run")
            if g.r.random() < 0.35:
                st["broken"] = False
            return
        pa("Catalog compiled by puppet.example.com", "catalog_compiled")
        pa(f"Caching catalog for {HOST}.example.com", "caching_catalog")
        if g.r.random() < 0.1:
            st["ver"] = g.hx(7)
        pa(f"Applying configuration version '{st['ver']}'", "applying_version")
        L.tick(3)
        changes = g.r.random()
        if changes < 0.15:
            mod, res, prop, vals = g.c(RES)
            a, b = g.r.sample(vals, 2)
            corrective = g.r.random() < 0.5
            if corrective:
                pa(f"(/Stage[main]/{mod}/{res}/{prop}) {prop} changed '{a}' to '{b}' (corrective)", "prop_changed_corrective")
            else:
                pa(f"(/Stage[main]/{mod}/{res}/{prop}) {prop} changed '{a}' to '{b}'", "prop_changed")
        elif changes < 0.25:
            mod, svc, desc = g.c(SERVICES)
            pa(f"(/Stage[main]/{mod}/Service[{svc}]/ensure) ensure changed 'stopped' to 'running' (corrective)", "prop_changed_corrective")
            sysd(f"Starting {desc}...", "systemd_starting")
            sysd(f"Started {desc}.", "systemd_started")
        elif changes < 0.31:
            path = "/etc/nginx/conf.d/shop.conf"
            pa(f"(/Stage[main]/Profile::Web::Nginx/File[{path}]/content) {diff(path)}", "file_diff")
            pa(f"(/Stage[main]/Profile::Web::Nginx/File[{path}]/content) content changed '{{sha256}}{g.hx(64)}' to '{{sha256}}{g.hx(64)}'", "prop_changed")
            pa("(/Stage[main]/Profile::Web::Nginx/Service[nginx]) Triggered 'refresh' from 1 event", "triggered_refresh")
            sysd("Reloading The nginx HTTP and reverse proxy server...", "systemd_reloading")
            sysd("Reloaded The nginx HTTP and reverse proxy server.", "systemd_reloaded")
        elif changes < 0.35:
            pkg = g.c(["htop", "jq", "tmux", "strace", "bind-utils"])
            pa(f"(/Stage[main]/Profile::Base::Packages/Package[{pkg}]/ensure) created", "ensure_created")
        elif changes < 0.39:
            ok = g.r.random() < 0.6
            pa("(/Stage[main]/Profile::App::Deploy/Exec[shop-migrate]/returns) executed successfully" if ok else
               "(/Stage[main]/Profile::App::Deploy/Exec[shop-migrate]/returns) Migrating: 2026_12_0{0}_add_order_index".format(g.num(1, 4)),
               "exec_success" if ok else "exec_output")
            if not ok:
                pa("(/Stage[main]/Profile::App::Deploy/Exec[shop-migrate]/returns) SQLSTATE[42P07]: Duplicate table: relation \"orders_created_at_idx\" already exists", "exec_output")
                pa("(/Stage[main]/Profile::App::Deploy/Exec[shop-migrate]/returns) change from 'notrun' to ['0'] failed: '/opt/shop/current/bin/migrate --force' returned 1 instead of one of [0]", "exec_failed")
                pa("(/Stage[main]/Profile::App::Deploy/Service[shop-worker]) Dependency Exec[shop-migrate] has failures: true", "dependency_failures")
                pa("(/Stage[main]/Profile::App::Deploy/Service[shop-worker]) Skipping because of failed dependencies", "skipping_failed_deps")
        elif changes < 0.41:
            pa(f"(/Stage[main]/Profile::Base::Cron/Cron[{g.c(['shop-cleanup', 'logrotate-app', 'certbot-renew'])}]/ensure) created", "ensure_created")
        L.tick(5)
        pa(f"Applied catalog in {g.f(4, 40, 2)} seconds", "applied_catalog")

    def session():
        st["sess"] += 1
        u = g.c(["deploy", "root", "ansible", "mwagner"])
        s("systemd-logind", 812, f"New session {st['sess']} of user {u}.", "logind_new_session")
        sysd(f"Started Session {st['sess']} of User {u}.", "systemd_session_started")
        L.tick(120)
        s("systemd-logind", 812, f"Session {st['sess']} logged out. Waiting for processes to exit.", "logind_logged_out")
        s("systemd-logind", 812, f"Removed session {st['sess']}.", "logind_removed")

    def makecache():
        sysd("Starting dnf makecache --timer...", "systemd_starting")
        p = g.num(20000, 90000)
        if g.r.random() < 0.6:
            s("dnf", p, "Metadata cache refreshed recently.", "dnf_refreshed_recently")
        else:
            for _repo, name in [("baseos", "Red Hat Enterprise Linux 9 for x86_64 - BaseOS (RPMs)"), ("appstream", "Red Hat Enterprise Linux 9 for x86_64 - AppStream (RPMs)"),
                               ("puppet8", "Puppet 8 Repository el 9 - x86_64")]:
                s("dnf", p, f"{name}  {g.f(10, 90, 0)} kB/s | {g.f(2, 40, 1)} kB     00:00", "dnf_repo_progress")
            s("dnf", p, "Metadata cache created.", "dnf_cache_created")
        sysd("dnf-makecache.service: Deactivated successfully.", "systemd_deactivated")
        sysd("Finished dnf makecache --timer.", "systemd_finished")

    def chrony():
        r = g.r.random()
        if r < 0.5:
            s("chronyd", 742, f"Selected source {g.c(['10.20.0.2', '10.20.0.3'])} (ntp{g.num(1, 2)}.example.com)", "chrony_selected")
        elif r < 0.8:
            s("chronyd", 742, f"Source {g.c(['10.20.0.2', '10.20.0.3'])} replaced with {g.ip()} (ntp{g.num(1, 2)}.example.com)", "chrony_replaced")
        else:
            s("chronyd", 742, f"System clock wrong by {g.f(-2, 2, 6)} seconds", "chrony_clock_wrong")

    def rsyslog():
        s("rsyslogd", g.num(800, 900), "imjournal: journal files changed, reloading...  [v8.2310.0-4.el9 try https://www.rsyslog.com/e/0 ]", "rsyslog_journal_changed")

    def lock():
        pa("Run of Puppet configuration client already in progress; skipping  (/opt/puppetlabs/puppet/cache/state/agent_catalog_run.lock exists)", "run_in_progress")

    def breakage():
        if g.r.random() < 0.6:
            st["broken"] = True
        else:
            st["down"] = True

    def restart():
        pa("Caught TERM; exiting", "caught_term")
        sysd("Stopping Puppet agent...", "systemd_stopping")
        sysd("puppet.service: Deactivated successfully.", "systemd_deactivated")
        sysd("Stopped Puppet agent.", "systemd_stopped")
        sysd("Started Puppet agent.", "systemd_started")
        st["pid"] = g.num(10000, 90000)
        L.tick(4)
        pa("Starting Puppet client version 8.10.0", "starting_client")

    sysd("Started Puppet agent.", "systemd_started")
    pa("Starting Puppet client version 8.10.0", "starting_client")

    def every_30():
        L.t += dt.timedelta(seconds=1800 + g.num(-120, 120))
        run()
        for _ in range(g.num(0, 3)):
            L.tick(200)
            g.c([session, chrony, chrony, rsyslog, makecache])()

    ev = [(30, every_30), (1, lock), (0.8, breakage), (0.3, restart)]
    return L.run(ev, None)


# 3 ---------------------------------------------------------------- memcached 1.6.29 run as `memcached -vv -m 2048 -c 4096` under supervisord, stderr to a file:
#   no time, no level: the slab classes at start, then "<fd cmd" echoes of ASCII commands, ">fd reply" lines, new and closed connections,
#   a Java client on the binary protocol with its 24-byte header dumps; a restart
@checked
def log_memcached(seed):
    L = Log("memcached_vv", seed, None, False, False)
    g = L.g
    st = {"fd": 30, "open": {}, "bin": set()}
    KEYS = ["sess:{}", "user:{}:profile", "cart:{}", "product:{}:price", "product:{}:stock", "rate:api:{}", "feature_flags", "cfg:site", "page:/category/{}",
            "wp_:options:alloptions", "wp_:posts:{}", "lock:order:{}"]

    def e(text, ev):
        L.t += dt.timedelta(microseconds=g.num(10, 3000))
        L.emit(text, ev)

    def key():
        k = g.c(KEYS)
        return k.format(g.c([g.num(1, 99999), g.hx(26), g.c(["shoes", "bags", "sale", "new"])])) if "{}" in k else k

    def start():
        size = 96
        for c in range(1, 40):
            e(f"slab class {c:3d}: chunk size {size:9d} perslab {max(1, 1048576 // size):7d}", "slab_class")
            size = int(size * 1.25 + 7) // 8 * 8
        e("<26 server listening (auto-negotiate)", "server_listening")
        e("<27 server listening (auto-negotiate)", "server_listening")
        st["open"].clear()
        st["bin"].clear()
        st["fd"] = 28

    def connect(binary=False):
        free = [f for f in range(28, 28 + 60) if f not in st["open"]]
        fd = free[0] if g.r.random() < 0.7 else g.c(free[:10])
        st["open"][fd] = 0
        e(f"<{fd} new auto-negotiating client connection", "new_connection")
        e(f"{fd}: Client using the {'binary' if binary else 'ascii'} protocol", "client_protocol")
        if binary:
            st["bin"].add(fd)
        return fd

    def ascii_fd():
        fds = [f for f in st["open"] if f not in st["bin"]]
        if not fds or g.r.random() < 0.15:
            return connect()
        return g.c(fds)

    def close(fd):
        e(f"<{fd} connection closed.", "connection_closed")
        st["open"].pop(fd, None)
        st["bin"].discard(fd)

    def cmd(fd, text):
        e(f"<{fd} {text}", "ascii_command")

    def reply(fd, text):
        e(f">{fd} {text}", "ascii_reply")

    def get():
        fd = ascii_fd()
        keys = [key() for _ in range(g.c([1, 1, 1, 1, 2, 3]))]
        cmd(fd, f"{g.c(['get', 'get', 'get', 'gets'])} {' '.join(keys)}")
        for k in keys:
            if g.r.random() < 0.8:
                e(f">{fd} sending key {k}", "sending_key")
        reply(fd, "END")

    def store():
        fd = ascii_fd()
        k = key()
        op = g.c(["set", "set", "set", "add", "replace"])
        cmd(fd, f"{op} {k} {g.c([0, 0, 1, 4, 16])} {g.c([0, 60, 300, 900, 3600, 86400])} {g.num(1, 90000)}")
        reply(fd, "STORED" if op == "set" or g.r.random() < 0.7 else "NOT_STORED")

    def delete():
        fd = ascii_fd()
        cmd(fd, f"delete {key()}")
        reply(fd, g.c(["DELETED", "DELETED", "NOT_FOUND"]))

    def incr():
        fd = ascii_fd()
        k = f"rate:api:{g.num(1, 9999)}"
        cmd(fd, f"{g.c(['incr', 'incr', 'decr'])} {k} 1")
        reply(fd, str(g.num(1, 120)) if g.r.random() < 0.85 else "NOT_FOUND")

    def touch():
        fd = ascii_fd()
        cmd(fd, f"touch sess:{g.hx(26)} {g.c([1440, 3600])}")
        reply(fd, g.c(["TOUCHED", "TOUCHED", "NOT_FOUND"]))

    def meta():
        fd = ascii_fd()
        if g.r.random() < 0.6:
            cmd(fd, f"mg {key()} s v f t")
        else:
            cmd(fd, f"ms {key()} {g.num(10, 9000)} T{g.c([60, 300, 3600])} F0")

    def misc():
        fd = ascii_fd()
        c = g.c(["version", "stats", "stats slabs", "stats items", "flush_all", "version"])
        cmd(fd, c)
        if c == "version":
            reply(fd, "VERSION 1.6.29")
        elif c == "flush_all":
            reply(fd, "OK")

    def quit():
        fds = [f for f in st["open"] if f not in st["bin"]]
        if not fds:
            return
        fd = g.c(fds)
        if g.r.random() < 0.6:
            cmd(fd, "quit")
        close(fd)

    def hexrows(prefix, fd, pad, data):
        for i in range(0, 24, 4):
            e(f"{prefix}{fd}{pad}" + "".join(f" 0x{b:02x}" for b in data[i:i + 4]), "bin_dump_row_in" if prefix == "<" else "bin_dump_row_out")

    def binary():
        fds = list(st["bin"])
        fd = g.c(fds) if fds and g.r.random() < 0.85 else connect(True)
        k = key()
        op = g.c([0x00, 0x00, 0x01, 0x0c])
        body = len(k) + (8 if op == 0x01 else 0) + (g.num(10, 900) if op == 0x01 else 0)
        opaque = [g.num(0, 255) for _ in range(4)]
        e(f"<{fd} Read binary protocol data:", "bin_read_header")
        hexrows("<", fd, "   ", [0x80, op, 0, len(k), 8 if op == 0x01 else 0, 0, 0, 0, 0, 0, body >> 8 & 0xff, body & 0xff] + opaque + [0] * 8)
        if op == 0x01:
            e(f"<{fd} SET {k} Value len is {body - len(k) - 8}", "bin_update")
            status = 0
        else:
            e(f"<{fd} GET {k}", "bin_get")
            status = 0 if g.r.random() < 0.7 else 1
        e(f">{fd} Writing bin response:", "bin_write_header")
        rb = (g.num(10, 900) + 4) if status == 0 and op != 0x01 else (9 if status else 0)
        hexrows(">", fd, "  ", [0x81, op, 0, 0, 4 if rb and not status else 0, 0, 0, status, 0, 0, rb >> 8 & 0xff, rb & 0xff] + opaque + [g.num(0, 255) for _ in range(8)])

    def restart():
        e("Signal handled: Terminated.", "signal_handled")
        L.tick(3)
        start()

    start()
    for _ in range(6):
        connect()
    ev = [(40, get), (14, store), (5, delete), (7, incr), (4, touch), (4, meta), (2, misc), (6, quit), (5, binary), (0.05, restart)]
    return L.run(ev, None)


# 4 ---------------------------------------------------------------- Hazelcast Platform 5.3.6 member embedded in a Java 17 pricing service (hazelcast.logging.type=jdk) on a host with the
#   de_DE locale, stderr captured: java.util.logging's default two-line records "Dez. 01, 2026 10:00:00 AM <logger>" / "INFORMATION: [ip]:5701 [prod] [5.3.6] msg",
#   localised level names and decimal commas, the member list tables, clients coming and going, a member lost and rejoined, migrations, stack traces
@checked
def log_hazelcast(seed):
    L = Log("hazelcast_jul_de", seed, "full", True, True)
    g = L.g
    ME = "10.4.0.11"
    PEERS = ["10.4.0.12", "10.4.0.13"]
    MON = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
    LV = {"INFORMATION": "INFORMATION|info", "WARNUNG": "WARNUNG|warn", "SCHWERWIEGEND": "SCHWERWIEGEND|error"}
    uu = {ip: g.uuid() for ip in [ME] + PEERS}
    st = {"ver": 3, "members": [ME] + PEERS, "conn": 10, "clients": {}, "down": None, "migr": 0}

    def stamp():
        t = L.t
        h = t.hour % 12 or 12
        return f"{MON[t.month - 1]} {t.day:02d}, {t.year} {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"

    def rec(level, logger, msg, ev, cont=(), ev_head="jul_source_line"):
        L.t += dt.timedelta(milliseconds=g.num(1, 60))
        lv = LV[level]
        L.emit(f"{stamp()} {logger}", ev_head, lv, logger)
        L.emit(f"{level}: [{ME}]:5701 [prod] [5.3.6] {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def de(x, nd=2):
        return f"{x:.{nd}f}".replace(".", ",")

    def members():
        st["ver"] += 1
        rows = [("", "blank"), (f"Members {{size:{len(st['members'])}, ver:{st['ver']}}} [", "members_open")]
        for ip in sorted(st["members"]):
            rows.append((f"\tMember [{ip}]:5701 - {uu[ip]}{' this' if ip == ME else ''}", "member_row_this" if ip == ME else "member_row"))
        rows.append(("]", "members_close"))
        rows.append(("", "blank"))
        rec("INFORMATION", "com.hazelcast.internal.cluster.ClusterService", "", "members_message", rows)

    def conn(peer, port, kind="MEMBER", alive="true"):
        return (f"Connection[id={st['conn']}, /{ME}:5701->/{peer}:{port}, qualifier=null, endpoint=[{peer}]:{port if kind != 'MEMBER' else 5701}, "
                f"remoteUuid={uu.get(peer, g.uuid())}, alive={alive}, connectionType={kind}, planeIndex={-1 if kind != 'MEMBER' else 0}]")

    def startup():
        logo = ["\t+       +  o    o     o     o---o o----o o      o---o     o     o----o o--o--o",
                "\t+ +   + +  |    |    / \\       /  |      |     /         / \\    |         |   ",
                "\t+ + + + +  o----o   o   o     o   o----o |    o         o   o   o----o    |   ",
                "\t+ +   + +  |    |  /     \\   /    |      |     \\       /     \\       |    |   ",
                "\t+       +  o    o o       o o---o o----o o----o o---o o       o o----o    o   "]
        rec("INFORMATION", "com.hazelcast.system.logo", "", "logo_message", [(x, "logo_art") for x in logo])
        rec("INFORMATION", "com.hazelcast.system", "Copyright (c) 2008-2024, Hazelcast, Inc. All Rights Reserved.", "copyright")
        rec("INFORMATION", "com.hazelcast.system", f"Hazelcast Platform 5.3.6 (20231109 - 7e6dc8c) starting at [{ME}]:5701", "starting_at")
        rec("INFORMATION", "com.hazelcast.system", "Cluster name: prod", "cluster_name")
        rec("INFORMATION", "com.hazelcast.system", "Integrity Checker is disabled. Fail-fast on corrupted executables will not be performed. For more information, see the documentation for Integrity Checker.", "integrity_checker")
        rec("INFORMATION", "com.hazelcast.system", "Jet is disabled. To enable Jet, set the hazelcast.jet.enabled property to true or JetConfig.setEnabled(true).", "jet_disabled")
        rec("INFORMATION", "com.hazelcast.system.security", "Enable DEBUG/FINE log level for log category com.hazelcast.system.security  or use -Dhazelcast.security.recommendations system property to see security recommendations and the status of current config.", "security_hint")
        rec("INFORMATION", "com.hazelcast.instance.impl.Node", "Using TCP/IP discovery", "tcpip_discovery")
        rec("WARNUNG", "com.hazelcast.cp.CPSubsystem", "CP Subsystem is not enabled. CP data structures will operate in UNSAFE mode! Please note that UNSAFE mode will not provide strong consistency guarantees.", "cp_unsafe")
        rec("INFORMATION", "com.hazelcast.internal.diagnostics.Diagnostics", "Diagnostics disabled. To enable add -Dhazelcast.diagnostics.enabled=true to the JVM arguments.", "diagnostics_disabled")
        rec("INFORMATION", "com.hazelcast.core.LifecycleService", f"[{ME}]:5701 is STARTING", "lifecycle_state")
        for p in PEERS:
            L.tick(0.3)
            st["conn"] += 1
            rec("INFORMATION", "com.hazelcast.internal.server.tcp.TcpServerConnection", f"Initialized new cluster connection between /{ME}:{g.port()} and /{p}:5701", "initialized_connection")
        L.tick(2)
        members()
        rec("INFORMATION", "com.hazelcast.core.LifecycleService", f"[{ME}]:5701 is STARTED", "lifecycle_state")

    def health():
        used = g.r.uniform(0.6, 3.2)
        tot = 4.0
        rec("INFORMATION", "com.hazelcast.internal.diagnostics.HealthMonitor",
            f"processors=8, physical.memory.total=31,3G, physical.memory.free={de(g.r.uniform(0.8, 6), 1)}G, swap.space.total=0, swap.space.free=0, "
            f"heap.memory.used={de(used, 1)}G, heap.memory.free={de(tot - used, 1)}G, heap.memory.total={de(tot, 1)}G, heap.memory.max={de(tot, 1)}G, "
            f"heap.memory.used/total={de(used / tot * 100)}%, heap.memory.used/max={de(used / tot * 100)}%, minor.gc.count={g.num(100, 9000)}, minor.gc.time={g.num(1000, 90000)}ms, "
            f"major.gc.count={g.num(0, 9)}, major.gc.time={g.num(0, 4000)}ms, load.process={de(g.r.uniform(5, 95))}%, load.system={de(g.r.uniform(5, 95))}%, "
            f"load.systemAverage={de(g.r.uniform(0.2, 9))}, thread.count={g.num(90, 160)}, thread.peakCount={g.num(160, 190)}, cluster.timeDiff={g.num(-3, 3)}, "
            f"event.q.size=0, executor.q.async.size=0, executor.q.client.size={g.num(0, 40)}, executor.q.client.query.size=0, executor.q.client.blocking.size=0, "
            f"executor.q.query.size=0, executor.q.scheduled.size=0, executor.q.io.size=0, executor.q.system.size=0, executor.q.operations.size={g.num(0, 300)}, "
            f"executor.q.priorityOperation.size=0, operations.completed.count={g.num(10**5, 10**8)}, executor.q.mapLoad.size=0, executor.q.mapLoadAllKeys.size=0, "
            f"executor.q.cluster.size=0, executor.q.response.size=0, operations.running.count={g.num(0, 8)}, operations.pending.invocations.percentage={de(g.r.uniform(0, 2))}%, "
            f"operations.pending.invocations.count={g.num(0, 40)}, proxy.count={g.num(10, 14)}, clientEndpoint.count={len(st['clients'])}, "
            f"connection.active.count={len(st['clients']) + len(st['members']) - 1}, client.connection.count={len(st['clients'])}, connection.count={len(st['members']) - 1}",
            "health_monitor")

    def client_in():
        st["conn"] += 1
        ip = f"10.4.1.{g.num(10, 80)}"
        port = g.port()
        cu = g.uuid()
        name = f"hz.client_{g.num(1, 300)}"
        st["clients"][cu] = (ip, port, name, st["conn"])
        rec("INFORMATION", "com.hazelcast.client.impl.protocol.task.AuthenticationMessageTask",
            f"Received auth from {conn(ip, port, 'JVM')}, successfully authenticated, clientUuid: {cu}, client name: {name}, clientVersion: 5.3.6", "client_auth")

    def client_out():
        if not st["clients"]:
            return client_in()
        cu = g.c(list(st["clients"]))
        ip, port, name, cid = st["clients"].pop(cu)
        c = conn(ip, port, "JVM", "false").replace(f"id={st['conn']}", f"id={cid}")
        if g.r.random() < 0.2:
            rec("WARNUNG", "com.hazelcast.client.impl.ClientHeartbeatMonitor",
                f"Client heartbeat is timed out, closing connection to {c}. Now: {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}. LastTimePacketReceived: {L.t - dt.timedelta(seconds=60):%Y-%m-%d %H:%M:%S}.{ms3(L.t)}", "client_heartbeat_timeout")
        rec("INFORMATION", "com.hazelcast.internal.server.tcp.TcpServerConnection", f"{c} closed. Reason: Connection closed by the other side", "connection_closed")
        rec("INFORMATION", "com.hazelcast.client.impl.ClientEndpointManager",
            f"Destroying ClientEndpoint{{connection={c}, clientUuid={cu}, clientName={name}, authenticated=true, clientVersion=5.3.6, creationTime={int(L.t.timestamp() * 1000) - g.num(10**5, 10**8)}, latest clientAttributes=lastStatisticsCollectionTime={int(L.t.timestamp() * 1000) - g.num(100, 5000)},enterprise=false,clientType=JVM,clientVersion=5.3.6,clusterConnectionTimestamp={int(L.t.timestamp() * 1000) - g.num(10**5, 10**8)},clientAddress={ip},clientName={name}, labels=[]}}",
            "destroying_endpoint")

    def migrate():
        n = g.c([271, 271, 136, 135])
        st["migr"] += n
        rec("INFORMATION", "com.hazelcast.internal.partition.impl.MigrationManager", f"Repartitioning cluster data. Migration tasks count: {n}", "repartitioning")
        L.tick(6)
        rec("INFORMATION", "com.hazelcast.internal.partition.impl.MigrationManager",
            f"All migration tasks have been completed. (repartitionTime={L.t - dt.timedelta(seconds=6):%a %b %d %H:%M:%S} UTC {L.t.year}, plannedMigrations={n}, completedMigrations={n}, remainingMigrations=0, totalCompletedMigrations={st['migr']})",
            "migrations_completed")

    def member_lost():
        if st["down"]:
            p = st["down"]
            st["down"] = None
            st["conn"] += 1
            rec("INFORMATION", "com.hazelcast.internal.server.tcp.TcpServerConnection", f"Initialized new cluster connection between /{ME}:5701 and /{p}:{g.port()}", "initialized_connection")
            st["members"].append(p)
            L.tick(3)
            members()
            migrate()
            return
        p = g.c(PEERS)
        st["down"] = p
        st["conn"] += 1
        rec("WARNUNG", "com.hazelcast.internal.server.tcp.TcpServerConnection", f"{conn(p, g.port(), 'MEMBER', 'false')} closed. Reason: Connection closed by the other side", "connection_closed")
        for k in range(1, g.num(2, 5)):
            L.tick(1)
            rec("INFORMATION", "com.hazelcast.internal.server.tcp.TcpServerConnectionErrorHandler" if k > 1 else "com.hazelcast.internal.server.tcp.TcpServerConnectionManager",
                f"Connecting to /{p}:5701, timeout: 10000, bind-any: true", "connecting_to")
        rec("WARNUNG", "com.hazelcast.internal.server.tcp.TcpServerConnectionErrorHandler",
            f"Removing connection to endpoint [{p}]:5701 Cause => java.net.ConnectException {{Connection refused to address /{p}:5701}}, Error-Count: 5", "removing_connection")
        rec("WARNUNG", "com.hazelcast.internal.cluster.impl.MembershipManager", f"Member [{p}]:5701 - {uu[p]} is suspected to be dead for reason: No connection", "member_suspected")
        rec("INFORMATION", "com.hazelcast.internal.cluster.impl.MembershipManager", f"Starting mastership claim process...", "mastership_claim") if p == sorted(PEERS)[0] and ME > p else None
        rec("INFORMATION", "com.hazelcast.internal.cluster.impl.MembershipManager", f"Removing Member [{p}]:5701 - {uu[p]}", "removing_member")
        st["members"].remove(p)
        members()
        rec("INFORMATION", "com.hazelcast.transaction.TransactionManagerService", f"Committing/rolling-back live transactions of [{p}]:5701, UUID: {uu[p]}", "committing_transactions")
        migrate()

    def slow_op():
        op = g.c(["com.hazelcast.map.impl.operation.SetOperation", "com.hazelcast.map.impl.operation.PutOperation", "com.hazelcast.map.impl.query.QueryPartitionOperation"])
        frames = [("java.base/java.util.concurrent.ConcurrentHashMap.computeIfAbsent", "ConcurrentHashMap.java"),
                  ("com.acme.pricing.cache.PriceIndexer.onEntryUpdated", "PriceIndexer.java"),
                  ("com.hazelcast.map.impl.MapContainer.interceptPut", "MapContainer.java"),
                  (op + ".runInternal", op.rsplit(".", 1)[1] + ".java"),
                  ("com.hazelcast.map.impl.operation.MapOperation.run", "MapOperation.java"),
                  ("com.hazelcast.spi.impl.operationservice.Operation.call", "Operation.java"),
                  ("com.hazelcast.spi.impl.operationexecutor.impl.OperationThread.run", "OperationThread.java")]
        rec("WARNUNG", "com.hazelcast.spi.impl.operationexecutor.slowoperationdetector.SlowOperationDetector",
            f"Slow operation detected: {op}", "slow_operation", [(x, "java_frame") for x in java_frames(g, frames)])

    def invocation_error():
        m = g.c(["prices", "fx-rates", "product-rules"])
        p = st["down"] or g.c(PEERS)
        frames = [("com.hazelcast.spi.impl.operationservice.impl.Invocation.notifyError", "Invocation.java"),
                  ("com.hazelcast.spi.impl.operationservice.impl.Invocation.invoke0", "Invocation.java"),
                  ("com.hazelcast.spi.impl.operationservice.impl.Invocation.invoke", "Invocation.java"),
                  ("com.hazelcast.map.impl.proxy.MapProxySupport.invokeOperation", "MapProxySupport.java"),
                  ("com.hazelcast.map.impl.proxy.MapProxySupport.getInternal", "MapProxySupport.java"),
                  ("com.hazelcast.map.impl.proxy.MapProxyImpl.get", "MapProxyImpl.java"),
                  ("com.acme.pricing.service.PriceService.currentPrice", "PriceService.java"),
                  ("com.acme.pricing.api.PriceController.get", "PriceController.java")]
        cont = [(f"com.hazelcast.spi.exception.TargetNotMemberException: Not Member! target: [{p}]:5701 - {uu[p]}, partitionId: {g.num(0, 270)}, operation: com.hazelcast.map.impl.operation.GetOperation, service: hz:impl:mapService", "exception_line")]
        cont += [(x, "java_frame") for x in java_frames(g, frames)]
        rec("SCHWERWIEGEND", "com.acme.pricing.service.PriceService", f"Preisabfrage fehlgeschlagen für Map '{m}', Schlüssel {g.c(['SKU', 'EAN'])}-{g.num(100000, 999999)}", "price_lookup_failed", cont)

    def app_info():
        r = g.r.random()
        if r < 0.5:
            rec("INFORMATION", "com.acme.pricing.sync.PriceImportJob", f"Preisimport abgeschlossen: {g.num(100, 90000)} Einträge in {g.num(200, 30000)} ms", "price_import_done")
        elif r < 0.8:
            rec("INFORMATION", "com.acme.pricing.sync.FxRateJob", f"Wechselkurse aktualisiert ({g.c(['EUR/USD', 'EUR/CHF', 'EUR/GBP'])} = {de(g.r.uniform(0.8, 1.2), 4)})", "fx_updated")
        else:
            rec("WARNUNG", "com.acme.pricing.sync.PriceImportJob", f"Datei {g.c(['preise_', 'aktionen_'])}{L.t:%Y%m%d}.csv: {g.num(1, 40)} Zeilen übersprungen (ungültiges Format)", "price_import_skipped")

    startup()
    for _ in range(4):
        client_in()
    ev = [(30, health), (12, client_in), (11, client_out), (1.5, member_lost), (2, slow_op), (2.5, invocation_error), (20, app_info)]
    return L.run(slowed(L, ev, 60), None)


# 5 ---------------------------------------------------------------- Apache CouchDB 3.3 node of a 3-node cluster (offline-first mobile app backend), /opt/couchdb/var/log/couch.log:
#   "[level] 2026-12-01T10:00:00.123456Z couchdb@db1.example.com <0.1234.0> reqid-or-dashes message"; chttpd request lines, view index updates,
#   replications with their multi-line "is using:" block, smoosh compactions, req_err with an Erlang stack line, crash reports, restarts
@checked
def log_couchdb(seed):
    L = Log("couchdb_log", seed, "full", True, False)
    g = L.g
    NODE = "couchdb@db1.example.com"
    DBS = ["orders", "customers", "catalog", "userdb-616c696365", "userdb-626f62", "sync_events", "_users", "_replicator"]
    RANGES = ["00000000-1fffffff", "20000000-3fffffff", "40000000-5fffffff", "60000000-7fffffff", "80000000-9fffffff", "a0000000-bfffffff", "c0000000-dfffffff", "e0000000-ffffffff"]
    SUFFIX = {d: 1700000000 + g.num(0, 60000000) for d in DBS}
    reps = [(g.hx(32), "orders", "http://10.8.0.21:5984/orders_archive"), (g.hx(32), "catalog", "https://edge-eu.example.com/catalog"),
            (g.hx(32), "sync_events", "http://10.8.0.22:5984/sync_events")]
    st = {"edge_down": False}

    def pid():
        return f"<0.{g.num(200, 32000)}.{g.num(0, 900)}>"

    def c(level, msg, ev, rid=None, p=None, cont=()):
        L.t += dt.timedelta(microseconds=g.num(50, 90000))
        L.emit(f"[{level}] {L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z {NODE} {p or pid()} {rid or '--------'} {msg}", ev, level)
        for text, cev in cont:
            L.emit(text, cev, level)

    def shard(db):
        return f"shards/{g.c(RANGES)}/{db}.{SUFFIX[db]}"

    def http():
        db = g.c(DBS[:6])
        user = g.c(["app_user", "app_user", "sync_gw", "admin", "undefined", "alice", "bob"])
        m, path, code, stt = g.c([
            ("GET", f"/{db}/{g.c(['order', 'cust', 'prod'])}:{g.hx(12)}", 200, "ok"),
            ("GET", f"/{db}/{g.c(['order', 'cust'])}:{g.hx(12)}", 404, "ok"),
            ("PUT", f"/{db}/{g.c(['order', 'cust'])}:{g.hx(12)}", 201, "ok"),
            ("PUT", f"/{db}/{g.c(['order', 'cust'])}:{g.hx(12)}", 409, "ok"),
            ("POST", f"/{db}/_bulk_docs", 201, "ok"),
            ("POST", f"/{db}/_find", 200, "ok"),
            ("GET", f"/{db}/_changes?feed=longpoll&since={g.num(1, 90000)}-g1AAAA{g.alnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}&timeout=60000&heartbeat=30000", 200, "ok"),
            ("GET", f"/{db}/_design/app/_view/by_customer?key=%22c{g.num(100, 99999)}%22&include_docs=true", 200, "ok"),
            ("GET", "/_up", 200, "ok"), ("GET", "/_session", 200, "ok"), ("POST", "/_session", 401, "ok"),
            ("GET", f"/{db}/_all_docs?limit={g.c([20, 50, 100])}", 200, "ok"),
            ("POST", f"/{db}/_revs_diff", 200, "ok"), ("GET", "/_all_dbs", 401, "ok")])
        if code == 401:
            user = "undefined"
        c("notice", f"db1.example.com:5984 {g.c(['10.8.1.14', '10.8.1.15', g.ip()])} {user} {m} {path} {code} {stt} {g.num(1, 60050 if 'longpoll' in path else 900)}", "http_request", g.hx(10))

    def index():
        db = g.c(["orders", "customers", "catalog"])
        sh = shard(db)
        ddoc = g.c(["_design/app", "_design/reports", "_design/search"])
        p = pid()
        if g.r.random() < 0.2:
            c("info", f"Opening index for db: {sh} idx: {ddoc} sig: \"{g.hx(32)}\"", "opening_index", p=p)
        c("info", f"Starting index update for db: {sh} idx: {ddoc}", "index_update_start", p=p)
        L.tick(3)
        c("info", f"Index update finished for db: {sh} idx: {ddoc}", "index_update_finished", p=p)

    def replication_start():
        rid, src, tgt = g.c(reps)
        p = pid()
        c("notice", f"Document `shards/{g.c(RANGES)}/_replicator.{SUFFIX['_replicator']}`:`{src}-to-{tgt.split('/')[2].split(':')[0]}` triggered replication `{rid}+continuous`", "replication_triggered", p=p)
        c("notice", f"Replication `{rid}+continuous` is using:", "replication_using", p=p, cont=[
            ("\t4 worker processes", "rep_workers"), ("\ta worker batch size of 500", "rep_batch"), ("\t20 HTTP connections", "rep_connections"),
            ("\ta connection timeout of 30000 milliseconds", "rep_timeout"), ("\t10 retries per request", "rep_retries"),
            ("\tsocket options are: [{keepalive,true}]", "rep_socket_options"), (f"\tsource_since_seq: {g.num(0, 900000)}-g1AAAAJ{g.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}", "rep_since_seq")])
        c("notice", f"Replication `{rid}+continuous` started as {pid()}", "replication_started", p=p)

    def replication_err():
        rid, src, tgt = reps[1]
        if st["edge_down"] and g.r.random() < 0.4:
            st["edge_down"] = False
            return replication_start()
        st["edge_down"] = True
        err = g.c(["{error,econnrefused}", "{error,req_timedout}", "{error,{conn_failed,{error,nxdomain}}}", "{error,closed}"])
        c("warning", f"Retrying GET request to {tgt}/ in {g.c(['0.25', '0.5', '1.0', '2.0', '4.0'])} seconds due to error {err}", "retrying_request")
        if g.r.random() < 0.4:
            c("error", f"Replicator, request GET to \"{tgt}/_changes?feed=normal&style=all_docs&since={g.num(1, 9000)}\" failed due to error {err}", "replicator_request_failed")
            c("error", f"Replication `{rid}+continuous` (`{src}` -> `{tgt}/`) failed: {{http_request_failed,\"GET\",\"{tgt}/\",{err}}}", "replication_failed")

    def smoosh():
        db = g.c(["orders", "sync_events", "customers"])
        sh = shard(db)
        c("notice", f"ratio_dbs: adding <<\"{sh}\">> to internal compactor queue with priority {g.f(2.0, 9.9, 4)}", "smoosh_adding")
        L.tick(5)
        p = pid()
        c("notice", f"Starting compaction for db \"{sh}\" at {g.num(1000, 900000)}", "compaction_starting", p=p)
        L.tick(60)
        c("notice", f"Compaction for db \"{sh}\" completed.", "compaction_completed", p=p)

    def req_err():
        rid = g.hx(10)
        kind = g.c(["badarg", "function_clause", "{badmatch,{error,timeout}}"])
        stack = {"badarg": '[<<"erlang:binary_to_integer/1">>,<<"couch_util:to_integer/1 L123">>,<<"chttpd_db:parse_changes_query/1 L1972">>,<<"chttpd_db:handle_changes_req1/2 L101">>,<<"chttpd:handle_req_after_auth/2 L431">>,<<"chttpd:process_request/1 L410">>,<<"chttpd:handle_request_int/1 L345">>,<<"mochiweb_http:headers/6 L150">>]',
                 "function_clause": '[<<"mango_selector:norm_ops/1 L206">>,<<"mango_selector:normalize/1 L40">>,<<"mango_cursor:create/3 L45">>,<<"mango_crud:find/5 L99">>,<<"mango_httpd:handle_find_req/2 L280">>,<<"mango_httpd:handle_req_int/2 L81">>,<<"mango_httpd:handle_req/2 L44">>,<<"chttpd:handle_req_after_auth/2 L431">>]',
                 "{badmatch,{error,timeout}}": '[<<"fabric_view_map:go/8 L40">>,<<"chttpd_view:multi_query_view/5 L41">>,<<"chttpd_db:db_req/2 L541">>,<<"chttpd:handle_req_after_auth/2 L431">>,<<"chttpd:process_request/1 L410">>]'}[kind]
        c("error", f"req_err({g.num(10**8, 4 * 10**9)}) unknown_error : {kind}", "req_err", rid, cont=[(f"    {stack}", "req_err_stack")])
        c("notice", f"db1.example.com:5984 {g.c(['10.8.1.14', '10.8.1.15'])} app_user {g.c(['GET', 'POST'])} /{g.c(['orders', 'customers'])}/{g.c(['_changes?since=now', '_find'])} 500 ok {g.num(2, 9000)}", "http_request", rid)

    def crash():
        p = pid()
        c("error", f"CRASH REPORT Process  ({p}) with 0 neighbors exited with reason: {{timeout,{{gen_server,call,[couch_index_server,{{get_index,{{couch_mrview_index,{{mrst,<<{','.join(str(g.num(0, 255)) for _ in range(16))}>>}}}}}},infinity]}}}} at gen_server:call/3(line:401) <= couch_index_server:get_index/4(line:143) <= couch_mrview_util:get_view/4(line:55) <= couch_mrview:query_view/6(line:291) <= rexi_server:init_p/3(line:140); initial_call: {{rexi_server,init_p,['Argument__1','Argument__2','Argument__3']}}, ancestors: [<0.{g.num(200, 900)}.0>,rexi_sup,rexi_sup,rexi_sup,rexi_sup,<0.{g.num(200, 900)}.0>], message_queue_len: 0, messages: [], links: [], dictionary: [{{io_priority,{{interactive,<<\"{shard('orders')}\">>}}}},{{rexi_from,{{<0.{g.num(200, 32000)}.{g.num(0, 900)}>,#Ref<0.{g.num(10**8, 10**9)}.{g.num(10**8, 10**9)}.{g.num(10**8, 10**9)}>}}}}], trap_exit: false, status: running, heap_size: {g.num(1000, 9000)}, stack_size: 28, reductions: {g.num(10000, 900000)}", "crash_report", p=p)

    def users_notice():
        c("notice", "chttpd_auth_cache changes listener died because the _users database does not exist. Create the database to silence this notice.", "auth_cache_no_users")

    def mem3():
        other = g.c(["couchdb@db2.example.com", "couchdb@db3.example.com"])
        if g.r.random() < 0.5:
            c("warning", f"mem3_sync {shard(g.c(['orders', 'customers']))} {other} {{badrpc,nodedown}}", "mem3_sync_nodedown")
        else:
            c("notice", f"rexi_server: from: {other}(<0.{g.num(200, 32000)}.0>) mfa: fabric_rpc:changes/3 exit:timeout [{{rexi,init_stream,1,[{{file,\"src/rexi.erl\"}},{{line,265}}]}}]", "rexi_exit_timeout")

    def startup():
        c("info", "Apache CouchDB 3.3.3 is starting.", "couchdb_starting", p="<0.254.0>")
        c("info", "Starting couch_sup", "starting_couch_sup", p="<0.255.0>")
        c("notice", "config: [features] partitioned set to true for reason nil", "config_set", p="<0.261.0>")
        c("notice", "config: [couchdb] max_dbs_open set to 5000 for reason nil", "config_set", p="<0.261.0>")
        c("info", "open_result error {not_found,no_db_file} for _users", "open_result_not_found", p="<0.279.0>") if g.r.random() < 0.3 else None
        c("info", "Apache CouchDB has started. Time to Relax.", "time_to_relax", p="<0.254.0>")
        c("notice", "rexi_server : started servers", "rexi_started", p="<0.320.0>")
        c("notice", "rexi_buffer : started servers", "rexi_buffer_started", p="<0.324.0>")
        c("notice", "mem3_reshard_dbdoc start init()", "reshard_init", p="<0.331.0>")
        c("info", "Apache CouchDB has started on http://0.0.0.0:5984/", "started_on", p="<0.7.0>")
        L.tick(60)
        c("notice", "couch_replicator_clustering : cluster stable", "cluster_stable", p="<0.356.0>")

    def restart():
        c("notice", "SIGTERM received - shutting down", "sigterm", p="<0.94.0>")
        L.tick(8)
        startup()
        for _ in range(3):
            replication_start()

    startup()
    for _ in range(3):
        replication_start()
    ev = [(60, http), (8, index), (1.2, replication_start), (2.5, replication_err), (1.5, smoosh), (1.2, req_err), (0.4, crash), (0.6, users_notice), (1, mem3), (0.1, restart)]
    return L.run(slowed(L, ev, 10), None)


def json_lines(obj, indent=2):
    """json.dumps(obj, indent=2) split into lines, each with a structural event name."""
    out = []
    for ln in json.dumps(obj, indent=indent).split("\n"):
        s = ln.strip()
        if s in ("{", "[", "}", "]", "},", "],"):
            out.append((ln, "json_brace"))
        elif s.endswith("{") or s.endswith("["):
            out.append((ln, "json_key_open"))
        elif s.startswith('"') and '": ' in s:
            out.append((ln, "json_key_value"))
        else:
            out.append((ln, "json_item"))
    return out


# 6 ---------------------------------------------------------------- Certbot 2.11 (Debian 12, certbot.timer twice a day) /var/log/letsencrypt/letsencrypt.log and its rotated .1 ... .N
#   files concatenated oldest first: "2026-12-01 10:00:00,123:DEBUG:certbot._internal.main:message"; runs with nothing due, renewals with the whole ACME
#   exchange (request JSON, response status, headers and body lines under one record), a domain that moved away failing with tracebacks
@checked
def log_certbot(seed):
    L = Log("certbot_letsencrypt_log", seed, "full", True, True)
    g = L.g
    ACME = "https://acme-v02.api.letsencrypt.org"
    CERTS = [("example.com", ["example.com", "www.example.com"], "nginx", "nginx"), ("shop.example.com", ["shop.example.com"], "webroot", None),
             ("mail.example.com", ["mail.example.com", "imap.example.com", "smtp.example.com"], "standalone", None),
             ("old-campaign.example.org", ["old-campaign.example.org"], "webroot", None)]
    st = {"due": {"example.com": L.t + dt.timedelta(days=3), "shop.example.com": L.t + dt.timedelta(days=9), "mail.example.com": L.t + dt.timedelta(days=16),
                  "old-campaign.example.org": L.t + dt.timedelta(days=1)}, "ver": {c[0]: g.num(3, 12) for c in CERTS}, "order": 9876543210 + g.num(0, 10**6)}
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    def lg(level, name, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}:{level}:{name}:{msg}", ev, level, name)
        for text, cev in cont:
            L.emit(text, cev, level, name)

    def notify(msg, ev, cont=()):
        lg("DEBUG", "certbot._internal.display.obj", f"Notifying user: {msg}", ev, cont)

    def nonce():
        return g.alnum(43, B64)

    def exchange(method, path, status, body=None, payload=None, extra=()):
        L.tick(0.15)
        if method == "POST":
            lg("DEBUG", "acme.client", "JWS payload:", "jws_payload", [(repr(json.dumps(payload, indent=2).encode()) if payload is not None else "b''", "jws_bytes")])
            lg("DEBUG", "acme.client", f"Sending POST request to {ACME}{path}:", "sending_post",
               json_lines({"protected": "eyJhbGciOiAiRVMyNTYiLCAi" + g.alnum(120, B64), "signature": g.alnum(86, B64), "payload": g.alnum(g.num(0, 3) * 40, B64)}))
        else:
            lg("DEBUG", "acme.client", f"Sending {method} request to {ACME}{path}.", "sending_request")
        L.tick(0.2)
        blen = len(json.dumps(body, indent=2)) if body else 0
        lg("DEBUG", "urllib3.connectionpool", f"{ACME}:443 \"{method} {path} HTTP/1.1\" {status} {blen}", "urllib3_request")
        hdrs = [("Server", "nginx"), ("Date", f"{L.t:%a, %d %b %Y %H:%M:%S} GMT"), ("Content-Type", "application/json" if body else "application/problem+json"),
                ("Content-Length", str(blen)), ("Connection", "keep-alive")] + list(extra) + [("Cache-Control", "public, max-age=0, no-cache"),
                ("Link", f"<{ACME}/directory>;rel=\"index\"")]
        rn = nonce()
        if path != "/directory":
            hdrs.append(("Replay-Nonce", rn))
        hdrs += [("X-Frame-Options", "DENY"), ("Strict-Transport-Security", "max-age=604800")]
        cont = [(f"HTTP {status}", "resp_status")] + [(f"{k}: {v}", "resp_header") for k, v in hdrs] + [("", "resp_blank")]
        if body:
            cont += json_lines(body)
        lg("DEBUG", "acme.client", "Received response:", "received_response", cont)
        if path != "/directory":
            lg("DEBUG", "acme.client", f"Storing nonce: {rn}", "storing_nonce")

    def header(args="['-q']"):
        lg("DEBUG", "certbot._internal.main", "certbot version: 2.11.0", "certbot_version")
        lg("DEBUG", "certbot._internal.main", "Location of certbot entry point: /usr/bin/certbot", "entry_point")
        lg("DEBUG", "certbot._internal.main", f"Arguments: {args}", "arguments")
        lg("DEBUG", "certbot._internal.main", "Discovered plugins: PluginsRegistry(PluginEntryPoint#manual,PluginEntryPoint#nginx,PluginEntryPoint#null,PluginEntryPoint#standalone,PluginEntryPoint#webroot)", "discovered_plugins")
        lg("DEBUG", "certbot._internal.log", "Root logging level set at 40", "root_logging_level")

    def obj():
        return f"0x7f{g.hx(10)}"

    def renew(name, domains, auth, inst, fail):
        lg("DEBUG", "certbot._internal.storage", f"Should renew, less than 30 days before certificate expiry {st['due'][name] + dt.timedelta(days=30):%Y-%m-%d %H:%M:%S} UTC.", "should_renew")
        lg("INFO", "certbot._internal.renewal", "Certificate is due for renewal, auto-renewing...", "due_for_renewal")
        lg("DEBUG", "certbot._internal.plugins.selection", f"Requested authenticator {auth} and installer {inst}", "requested_authenticator")
        lg("DEBUG", "certbot._internal.plugins.selection", f"Single candidate plugin: * {auth}", "single_candidate", [
            (f"Description: {'Nginx Web Server plugin' if auth == 'nginx' else 'Saves the necessary validation files to a .well-known/acme-challenge/ directory within the nominated webroot path. A seperate HTTP server must be running and serving files from the webroot path. HTTP challenge only (wildcards not supported).' if auth == 'webroot' else 'Runs an HTTP server locally which serves the necessary validation files under the /.well-known/acme-challenge/ request path. Suitable only for systems with no HTTP server already running. HTTP challenge only (wildcards not supported).'}", "plugin_description"),
            (f"Interfaces: {'Authenticator, Installer, Plugin' if inst else 'Authenticator, Plugin'}", "plugin_interfaces"),
            ("Entry point: EntryPoint(name='{0}', value='{1}', group='certbot.plugins')".format(auth, 'certbot_nginx._internal.configurator:NginxConfigurator' if auth == 'nginx' else f'certbot._internal.plugins.{auth}:Authenticator'), "plugin_entry_point"),
            (f"Initialized: <certbot._internal.plugins.{auth}.Authenticator object at {obj()}>", "plugin_initialized"), ("Prep: True", "plugin_prep")])
        lg("DEBUG", "certbot._internal.plugins.selection", f"Selected authenticator <certbot._internal.plugins.{auth}.Authenticator object at {obj()}> and installer {'<certbot_nginx._internal.configurator.NginxConfigurator object at ' + obj() + '>' if inst else 'None'}", "selected_authenticator")
        lg("INFO", "certbot._internal.plugins.selection", f"Plugins selected: Authenticator {auth}, Installer {inst}", "plugins_selected")
        lg("DEBUG", "certbot._internal.main", f"Picked account: <Account(RegistrationResource(body=Registration(key=None, contact=(), agreement=None, status=None, terms_of_service_agreed=None, only_return_existing=None, external_account_binding=None), uri='{ACME}/acme/acct/1234567890', new_authzr_uri=None, terms_of_service=None), 5e1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d, Meta(creation_dt=datetime.datetime(2024, 3, 2, 11, 4, 9, tzinfo=<UTC>), creation_host='web1.example.com', register_to_eff=None))>", "picked_account")
        exchange("GET", "/directory", 200, {"keyChange": f"{ACME}/acme/key-change", "meta": {"caaIdentities": ["letsencrypt.org"], "termsOfService": "https://letsencrypt.org/documents/LE-SA-v1.4-April-3-2024.pdf", "website": "https://letsencrypt.org"},
                                             "newAccount": f"{ACME}/acme/new-acct", "newNonce": f"{ACME}/acme/new-nonce", "newOrder": f"{ACME}/acme/new-order", "revokeCert": f"{ACME}/acme/revoke-cert"})
        notify(f"Renewing an existing certificate for {' and '.join(domains) if len(domains) < 3 else ', '.join(domains[:-1]) + ', and ' + domains[-1]}", "renewing_existing")
        lg("DEBUG", "acme.client", "Requesting fresh nonce", "requesting_nonce")
        lg("DEBUG", "acme.client", f"Sending HEAD request to {ACME}/acme/new-nonce.", "sending_request")
        rn = nonce()
        lg("DEBUG", "urllib3.connectionpool", f"{ACME}:443 \"HEAD /acme/new-nonce HTTP/1.1\" 200 0", "urllib3_request")
        lg("DEBUG", "acme.client", "Received response:", "received_response", [("HTTP 200", "resp_status"), ("Server: nginx", "resp_header"), (f"Date: {L.t:%a, %d %b %Y %H:%M:%S} GMT", "resp_header"),
                                                                             ("Connection: keep-alive", "resp_header"), ("Cache-Control: public, max-age=0, no-cache", "resp_header"),
                                                                             (f"Replay-Nonce: {rn}", "resp_header"), ("", "resp_blank")])
        lg("DEBUG", "acme.client", f"Storing nonce: {rn}", "storing_nonce")
        st["order"] += g.num(1000, 900000)
        authz = [f"{ACME}/acme/authz-v3/{g.num(10**11, 10**12)}" for _ in domains]
        exchange("POST", "/acme/new-order", 201, {"status": "pending", "expires": f"{L.t + dt.timedelta(days=7):%Y-%m-%dT%H:%M:%S}Z", "identifiers": [{"type": "dns", "value": d} for d in domains],
                                                  "authorizations": authz, "finalize": f"{ACME}/acme/finalize/1234567890/{st['order']}"},
                 {"identifiers": [{"type": "dns", "value": d} for d in domains]}, [("Boulder-Requester", "1234567890"), ("Location", f"{ACME}/acme/order/1234567890/{st['order']}")])
        toks = {}
        for d, a in zip(domains, authz):
            toks[d] = g.alnum(43, B64)
            exchange("POST", a.replace(ACME, ""), 200, {"identifier": {"type": "dns", "value": d}, "status": "pending", "expires": f"{L.t + dt.timedelta(days=7):%Y-%m-%dT%H:%M:%S}Z",
                                                       "challenges": [{"type": "http-01", "url": f"{ACME}/acme/chall-v3/{a.rsplit('/', 1)[1]}/{g.alnum(6, B64)}", "status": "pending", "token": toks[d]}]}, None)
        lg("INFO", "certbot._internal.auth_handler", "Performing the following challenges:", "performing_challenges")
        for d in domains:
            lg("INFO", "certbot._internal.auth_handler", f"http-01 challenge for {d}", "challenge_for")
        root = {"nginx": None, "webroot": "/var/www/shop/public" if name.startswith("shop") else "/var/www/campaign", "standalone": None}[auth]
        if auth == "webroot":
            lg("INFO", "certbot._internal.plugins.webroot", f"Using the webroot path {root} for all unmatched domains.", "webroot_path")
            lg("DEBUG", "certbot._internal.plugins.webroot", f"Creating root challenges validation dir at {root}/.well-known/acme-challenge", "webroot_creating_dir")
            for d in domains:
                lg("DEBUG", "certbot._internal.plugins.webroot", f"Attempting to save validation to {root}/.well-known/acme-challenge/{toks[d]}", "webroot_saving")
        elif auth == "nginx":
            lg("DEBUG", "certbot_nginx._internal.http_01", f"Adding a temporary challenge validation configuration to server block in /etc/nginx/sites-enabled/{name}", "nginx_adding_temp_config")
            lg("INFO", "certbot._internal.reverter", "Creating backup of /etc/nginx/sites-enabled/example.com", "reverter_backup")
            lg("DEBUG", "certbot.util", "Running command: nginx -c /etc/nginx/nginx.conf -s reload", "running_command")
        else:
            lg("DEBUG", "certbot._internal.plugins.standalone", "Successfully bound to :80 using IPv6", "standalone_bound_v6")
            lg("DEBUG", "certbot._internal.plugins.standalone", "Successfully bound to :80 using IPv4", "standalone_bound_v4")
        for d, a in zip(domains, authz):
            exchange("POST", f"/acme/chall-v3/{a.rsplit('/', 1)[1]}/{g.alnum(6, B64)}", 200, {"type": "http-01", "status": "pending", "token": toks[d]}, {})
        lg("INFO", "certbot._internal.auth_handler", "Waiting for verification...", "waiting_verification")
        L.tick(2)
        for d, a in zip(domains, authz):
            if fail:
                exchange("POST", a.replace(ACME, ""), 200, {"identifier": {"type": "dns", "value": d}, "status": "invalid",
                                                           "challenges": [{"type": "http-01", "status": "invalid", "error": {"type": "urn:ietf:params:acme:error:unauthorized",
                                                                           "detail": f"198.51.100.80: Invalid response from http://{d}/.well-known/acme-challenge/{toks[d]}: 404", "status": 403}}]}, None)
            else:
                exchange("POST", a.replace(ACME, ""), 200, {"identifier": {"type": "dns", "value": d}, "status": "valid", "expires": f"{L.t + dt.timedelta(days=30):%Y-%m-%dT%H:%M:%S}Z"}, None)
        if fail:
            d = domains[0]
            lg("INFO", "certbot._internal.auth_handler", f"Challenge failed for domain {d}", "challenge_failed")
            lg("INFO", "certbot._internal.auth_handler", f"http-01 challenge for {d}", "challenge_for")
            notify("", "notify_empty", [("Certbot failed to authenticate some domains (authenticator: webroot). The Certificate Authority reported these problems:", "auth_failed_intro"),
                                        (f"  Domain: {d}", "problem_domain"), ("  Type:   unauthorized", "problem_type"),
                                        (f"  Detail: 198.51.100.80: Invalid response from http://{d}/.well-known/acme-challenge/{toks[d]}: 404", "problem_detail"), ("", "blank"),
                                        ("Hint: The Certificate Authority failed to download the temporary challenge files created by Certbot. Ensure that the listed domains serve their content from the provided --webroot-path/-w and that files created there can be downloaded from the internet.", "auth_failed_hint"),
                                        ("", "blank")])
            lg("DEBUG", "certbot._internal.error_handler", "Calling registered functions", "calling_registered")
        lg("INFO", "certbot._internal.auth_handler", "Cleaning up challenges", "cleaning_up")
        if auth == "webroot":
            for d in domains:
                lg("DEBUG", "certbot._internal.plugins.webroot", f"Removing {root}/.well-known/acme-challenge/{toks[d]}", "webroot_removing")
            lg("DEBUG", "certbot._internal.plugins.webroot", "All challenges cleaned up", "webroot_cleaned")
        elif auth == "standalone":
            lg("DEBUG", "certbot._internal.plugins.standalone", "Stopping server at :::80...", "standalone_stopping")
        if fail:
            lg("WARNING", "certbot._internal.renewal", f"Attempting to renew cert ({name}) from /etc/letsencrypt/renewal/{name}.conf produced an unexpected error: Some challenges have failed.. Skipping.", "renew_unexpected_error")
            tb = [("Traceback (most recent call last):", "tb_header")]
            for f, ln, fn, code in [("renewal.py", 540, "handle_renewal_request", "main.renew_cert(lineage_config, plugins, renewal_candidate)"),
                                    ("main.py", 1573, "renew_cert", "renewed_lineage = _get_and_save_cert(le_client, config, lineage=lineage)"),
                                    ("main.py", 131, "_get_and_save_cert", "renewal.renew_cert(config, domains, le_client, lineage)"),
                                    ("renewal.py", 399, "renew_cert", "new_cert, new_chain, new_key, _ = le_client.obtain_certificate(domains, new_key)"),
                                    ("client.py", 428, "obtain_certificate", "orderr = self._get_order_and_authorizations(csr.data, self.config.allow_subset_of_names)"),
                                    ("client.py", 496, "_get_order_and_authorizations", "authzr = self.auth_handler.handle_authorizations(orderr, self.config, best_effort)"),
                                    ("auth_handler.py", 108, "handle_authorizations", "raise errors.AuthorizationError('Some challenges have failed.')")]:
                tb += [(f'  File "/usr/lib/python3/dist-packages/certbot/_internal/{f}", line {ln}, in {fn}', "tb_file"), (f"    {code}", "tb_code")]
            tb += [("certbot.errors.AuthorizationError: Some challenges have failed.", "tb_exception"), ("", "blank")]
            lg("DEBUG", "certbot._internal.renewal", "Traceback was:", "traceback_was", tb)
            return False
        lg("DEBUG", "certbot.crypto_util", "Generating ECDSA key (256 bits)" if name != "mail.example.com" else "Generating RSA key (2048 bits)", "generating_key")
        lg("DEBUG", "certbot._internal.client", "CSR: CSR(file=None, data=b'-----BEGIN CERTIFICATE REQUEST-----\\nMIIB" + g.alnum(60, B64[:-2] + "+/") + "\\n-----END CERTIFICATE REQUEST-----\\n', form='pem')", "csr")
        exchange("POST", f"/acme/finalize/1234567890/{st['order']}", 200, {"status": "processing", "finalize": f"{ACME}/acme/finalize/1234567890/{st['order']}"}, {"csr": g.alnum(120, B64)},
                 [("Retry-After", "3")])
        lg("DEBUG", "acme.client", f"Sleeping for 3 seconds", "sleeping")
        L.t += dt.timedelta(seconds=3)
        exchange("POST", f"/acme/order/1234567890/{st['order']}", 200, {"status": "valid", "certificate": f"{ACME}/acme/cert/{g.hx(36)}"}, None)
        st["ver"][name] += 1
        v = st["ver"][name]
        for what, fn in [("new private key", "privkey"), ("certificate", "cert"), ("chain", "chain"), ("full chain", "fullchain")]:
            lg("DEBUG", "certbot._internal.storage", f"Writing {what} to /etc/letsencrypt/archive/{name}/{fn}{v}.pem.", "storage_writing")
        lg("DEBUG", "certbot._internal.storage", f"Writing new config /etc/letsencrypt/renewal/{name}.conf.new.", "storage_new_config")
        if auth == "nginx":
            lg("INFO", "certbot._internal.reverter", "Rolling back to previous save point", "reverter_rollback")
            lg("DEBUG", "certbot.util", "Running command: nginx -c /etc/nginx/nginx.conf -s reload", "running_command")
        st["due"][name] = L.t + dt.timedelta(days=60)
        return True

    def delete():
        name = CERTS.pop()[0]
        L.t += dt.timedelta(hours=2, minutes=g.num(0, 300))
        header(f"['delete', '--cert-name', '{name}']")
        lg("DEBUG", "certbot._internal.display.obj", f"Notifying user: Deleted all files relating to certificate {name}.", "deleted_all_files")

    def run():
        L.t += dt.timedelta(hours=12, minutes=g.num(-300, 300))
        if st.get("fails", 0) >= 3 and CERTS[-1][0].startswith("old-"):
            return delete()
        header()
        results = []
        for name, domains, auth, inst in CERTS:
            notify(f"Processing /etc/letsencrypt/renewal/{name}.conf", "processing_conf")
            lg("DEBUG", "certbot._internal.plugins.selection", f"Requested authenticator <certbot._internal.cli.cli_utils._Default object at {obj()}> and installer <certbot._internal.cli.cli_utils._Default object at {obj()}>", "requested_defaults")
            if L.t >= st["due"][name]:
                ok = renew(name, domains, auth, inst, fail=name.startswith("old-"))
                st["fails"] = st.get("fails", 0) + (not ok)
                results.append((name, "success" if ok else "failure"))
            else:
                notify("Certificate not yet due for renewal", "not_yet_due")
                lg("DEBUG", "certbot._internal.plugins.selection", f"Requested authenticator {auth} and installer {inst}", "requested_authenticator")
                results.append((name, "skipped"))
        notify("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "notify_separator")
        skipped = [n for n, r in results if r == "skipped"]
        ok = [n for n, r in results if r == "success"]
        bad = [n for n, r in results if r == "failure"]
        if skipped:
            notify("The following certificates are not due for renewal yet:", "not_due_header",
                   [(f"  /etc/letsencrypt/live/{n}/fullchain.pem expires on {st['due'][n] + dt.timedelta(days=30):%Y-%m-%d} (skipped)", "not_due_row") for n in skipped])
        if ok and not bad:
            notify("Congratulations, all renewals succeeded: ", "all_succeeded", [(f"  /etc/letsencrypt/live/{n}/fullchain.pem (success)", "success_row") for n in ok])
        elif ok:
            notify("The following renewals succeeded:", "succeeded_header", [(f"  /etc/letsencrypt/live/{n}/fullchain.pem (success)", "success_row") for n in ok])
        if not ok and not bad:
            notify("No renewals were attempted.", "no_renewals")
        if bad:
            lg("ERROR", "certbot._internal.renewal", "All renewals failed. The following certificates could not be renewed:" if not ok else "The following renewals failed:", "renewals_failed_header")
            for n in bad:
                lg("ERROR", "certbot._internal.renewal", f"  /etc/letsencrypt/live/{n}/fullchain.pem (failure)", "failure_row")
        notify("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "notify_separator")
        if ok and any(c[2] == "standalone" for c in CERTS if c[0] in ok):
            lg("DEBUG", "certbot._internal.hooks", "Running deploy-hook command: systemctl reload postfix dovecot", "running_deploy_hook")
        if ok:
            lg("DEBUG", "certbot._internal.hooks", "Running deploy-hook command: systemctl reload nginx", "running_deploy_hook")
        if not bad:
            lg("DEBUG", "certbot._internal.renewal", "no renewal failures", "no_renewal_failures")
            return
        tb = [("Traceback (most recent call last):", "tb_header"), ('  File "/usr/bin/certbot", line 33, in <module>', "tb_file"),
              ("    sys.exit(load_entry_point('certbot==2.11.0', 'console_scripts', 'certbot')())", "tb_code"),
              ('  File "/usr/lib/python3/dist-packages/certbot/main.py", line 19, in main', "tb_file"), ("    return internal_main.main(cli_args)", "tb_code"),
              ('  File "/usr/lib/python3/dist-packages/certbot/_internal/main.py", line 1894, in main', "tb_file"), ("    return config.func(config, plugins)", "tb_code"),
              ('  File "/usr/lib/python3/dist-packages/certbot/_internal/main.py", line 1600, in renew', "tb_file"), ("    renewal.handle_renewal_request(config)", "tb_code"),
              ('  File "/usr/lib/python3/dist-packages/certbot/_internal/renewal.py", line 580, in handle_renewal_request', "tb_file"), ("    raise errors.Error(", "tb_code"),
              (f"certbot.errors.Error: {len(bad)} renew failure(s), 0 parse failure(s)", "tb_exception")]
        lg("DEBUG", "certbot._internal.log", "Exiting abnormally:", "exiting_abnormally", tb)
        lg("ERROR", "certbot._internal.log", f"{len(bad)} renew failure(s), 0 parse failure(s)", "renew_failures_count")
        lg("ERROR", "certbot._internal.log", "Ask for help or search for solutions at https://community.letsencrypt.org. See the logfile /var/log/letsencrypt/letsencrypt.log or re-run Certbot with -v for more details.", "ask_for_help")

    return L.run([(1, run)], None)


# 7 ---------------------------------------------------------------- IIS 10 (Windows Server 2022) W3C extended log of an intranet portal site, u_ex2612*.log concatenated with
#   `type u_ex2612*.log > december.log`: "#Software/#Version/#Date/#Fields" at each daily file and after an iisreset, space-separated fields with "+"
#   for spaces; NTLM 401.2 handshakes, API calls, static files, scanners, 500s; the admin adds sc-bytes and cs-bytes one day
@checked
def log_iis(seed):
    L = Log("iis_w3c_u_ex", seed, "full", False, False)
    g = L.g
    F1 = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
    st = {"day": None, "bytes": False, "n": 0}
    UA = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0",
          "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36",
          "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:133.0)+Gecko/20100101+Firefox/133.0",
          "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+18_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/18.1+Mobile/15E148+Safari/604.1"]
    USERS = ["CORP\\alice", "CORP\\bob.miller", "CORP\\c.nguyen", "CORP\\dwright", "CORP\\erin.k", "CORP\\svc_reports"]

    def header():
        L.emit("#Software: Microsoft Internet Information Services 10.0", "w3c_software")
        L.emit("#Version: 1.0", "w3c_version")
        L.emit(f"#Date: {L.t:%Y-%m-%d %H:%M:%S}", "w3c_date")
        L.emit(f"#Fields: {F1}{' sc-bytes cs-bytes' if st['bytes'] else ''}", "w3c_fields")

    def line(method, stem, query, user, ip, ua, ref, status, sub, win32, taken):
        if st["day"] != L.t.date():
            st["day"] = L.t.date()
            if L.t.day >= 2:
                st["bytes"] = True
            header()
        txt = f"{L.t:%Y-%m-%d %H:%M:%S} 10.10.20.15 {method} {stem} {query or '-'} 443 {user or '-'} {ip} {ua} {ref or '-'} {status} {sub} {win32} {taken}"
        if st["bytes"]:
            txt += f" {g.num(200, 900000) if status < 400 else g.num(200, 6000)} {g.num(300, 4000)}"
        L.emit(txt, "request_bytes" if st["bytes"] else "request")

    def page():
        ip = f"10.10.{g.num(30, 60)}.{g.num(2, 250)}"
        ua = g.c(UA)
        stem = g.c(["/", "/Home/Index", "/Reports/Monthly", "/Timesheet/Edit", "/Directory/Search", "/Requests/New", "/Requests/Details"])
        q = {"/Reports/Monthly": f"month=2026-{g.num(1, 12):02d}", "/Directory/Search": f"q={g.c(['smith', 'it+support', 'finance', 'nguyen'])}",
             "/Requests/Details": f"id={g.num(1000, 9999)}"}.get(stem)
        if g.r.random() < 0.5:
            line("GET", stem, q, None, ip, ua, None, 401, 2, 5, g.num(0, 3))
            L.t += dt.timedelta(milliseconds=g.num(5, 40))
        user = g.c(USERS[:5])
        status = g.c([200] * 20 + [302, 500, 404])
        line("GET", stem, q, user, ip, ua, "https://portal.corp.example.com/" if g.r.random() < 0.6 else None, status, 0, 0 if status != 500 else 0, g.num(15, 900) if status != 500 else g.num(2000, 30000))
        for _ in range(g.num(0, 6)):
            L.t += dt.timedelta(milliseconds=g.num(5, 200))
            res = g.c(["/css/site.min.css", "/js/site.min.js", "/lib/jquery/jquery-3.7.1.min.js", "/lib/bootstrap/js/bootstrap.bundle.min.js", "/img/logo.svg", "/favicon.ico"])
            ver = f"v={g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}" if res.endswith((".css", ".js")) and g.r.random() < 0.5 else None
            sc = g.c([200, 304, 304])
            line("GET", res, ver, user, ip, ua, f"https://portal.corp.example.com{stem}", sc, 0, 0, g.num(0, 30))

    def post():
        ip = f"10.10.{g.num(30, 60)}.{g.num(2, 250)}"
        stem = g.c(["/Timesheet/Save", "/Requests/Create", "/Account/Logoff"])
        status = g.c([302, 302, 200, 400, 500])
        line("POST", stem, None, g.c(USERS[:5]), ip, g.c(UA), f"https://portal.corp.example.com{stem.rsplit('/', 1)[0]}/Edit", status, 0, 0, g.num(30, 4000))

    def api():
        ip = g.c(["10.10.20.31", "10.10.20.32", f"10.10.{g.num(30, 60)}.{g.num(2, 250)}"])
        stem = g.c(["/api/employees", f"/api/employees/{g.num(1000, 9999)}", "/api/costcenters", "/api/requests", f"/api/requests/{g.num(1000, 9999)}/approve", "/api/health"])
        q = g.c([None, None, f"page={g.num(1, 30)}&size=50", f"since=2026-{g.num(10, 12):02d}-{g.num(1, 28):02d}T00:00:00Z"])
        m = "POST" if "approve" in stem else "GET"
        status = g.c([200] * 12 + [204, 401, 404, 500])
        sub, w = (1, 1326) if status == 401 else (0, 0)
        line(m, stem, q if m == "GET" else None, "CORP\\svc_reports" if status != 401 else None, ip, g.c(["python-requests/2.32.3", "Microsoft.PowerShell/7.4.6", "Apache-HttpClient/4.5.14+(Java/17.0.13)"]),
             None, status, sub, w, g.num(5, 2500))

    def scanner():
        ip = g.ip("pub") if g.r.random() < 0.3 else f"10.10.99.{g.num(2, 20)}"
        stem = g.c(["/wp-login.php", "/.env", "/admin/config.php", "/owa/auth/logon.aspx", "/ecp/default.aspx", "/autodiscover/autodiscover.xml", "/.git/config", "/server-status"])
        line("GET", stem, None, None, ip, g.c(["Mozilla/5.0+zgrab/0.x", "Nessus", "Mozilla/5.0+(compatible;+Nmap+Scripting+Engine;+https://nmap.org/book/nse.html)", "-"]), None, 404, g.c([0, 0, 7]), g.c([2, 0]), g.num(0, 15))

    def health():
        line("GET", "/api/health", None, None, "10.10.20.5", "KEMP+HealthCheck", None, 200, 0, 0, g.num(0, 8))

    def reset():
        L.t += dt.timedelta(seconds=g.num(20, 60))
        header()

    header()
    st["day"] = L.t.date()
    ev = [(30, page), (8, post), (25, api), (6, scanner), (25, health), (0.15, reset)]
    return L.run(slowed(L, ev, 80), None)


# 8 ---------------------------------------------------------------- AWS Lambda (Node.js 20, text log format) of an orders API behind API Gateway, `aws logs tail /aws/lambda/orders-api
#   --since 3d > orders-api.log`: each event prefixed with its time and log stream ("2026/12/01/[$LATEST]<hex>"), the runtime's START/END/REPORT lines,
#   console.log lines "time\trequestId\tINFO\tmessage" whose multi-line objects run on without a prefix, cold starts, timeouts and Invoke Errors
@checked
def log_lambda(seed):
    L = Log("aws_lambda_tail", seed, "full", True, False)
    g = L.g
    st = {"streams": []}

    def stream():
        return f"{L.t:%Y/%m/%d}/[$LATEST]{g.hx(32)}"

    def out(sname, msg, ev, level=None, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}000+00:00 {sname} {msg}", ev, level)
        for text, cev in cont:
            L.emit(text, cev, level)

    def con(sname, rid, level, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        t = f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"
        out(sname, f"{t}\t{rid}\t{level}\t{msg}", ev, level, cont)

    def cold():
        s = stream()
        st["streams"].append(s)
        if len(st["streams"]) > 4:
            st["streams"].pop(0)
        out(s, f"INIT_START Runtime Version: nodejs:20.v43\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:{g.hx(64)}", "init_start")
        if g.r.random() < 0.5:
            out(s, "(node:8) NOTE: The AWS SDK for JavaScript (v2) is in maintenance mode.", "sdk_v2_note", None, [
                (" SDK releases are limited to address critical bug fixes and security issues only.", "sdk_v2_note_2"), ("", "blank"),
                ("Please migrate your code to use AWS SDK for JavaScript (v3).", "sdk_v2_note_3"), ("For more information, check the blog post at https://a.co/cUPnyil", "sdk_v2_note_4"),
                ("(Use `node --trace-warnings ...` to show where the warning was created)", "node_trace_warnings_hint")])
        return s

    def invoke():
        if not st["streams"] or g.r.random() < 0.06:
            s = cold()
            init = g.f(250, 900, 2)
        else:
            s = g.c(st["streams"])
            init = None
        rid = g.uuid()
        out(s, f"START RequestId: {rid} Version: $LATEST", "start")
        t0 = L.t
        route = g.c(["GET /orders/{id}", "GET /orders", "POST /orders", "POST /orders/{id}/cancel", "GET /orders/{id}/invoice"])
        oid = f"ord_{g.alnum(14)}"
        con(s, rid, "INFO", f"{route.split()[0]} {route.split()[1].replace('{id}', oid)} user={g.c(['cus_', 'cus_', 'emp_'])}{g.alnum(10)}", "route_info")
        r = g.r.random()
        timeout = False
        if route == "POST /orders":
            if g.r.random() < 0.4:
                con(s, rid, "INFO", "Creating order {", "creating_order_obj", [
                    (f"  customerId: 'cus_{g.alnum(10)}',", "obj_kv"), ("  items: [", "obj_open"),
                    *[(f"    {{ sku: 'SKU-{g.num(10000, 99999)}', qty: {g.num(1, 5)}, price: {g.num(199, 19999)} }}{',' if k < 1 else ''}", "obj_item") for k in range(2)],
                    ("  ],", "obj_close"), (f"  currency: '{g.c(['EUR', 'USD'])}',", "obj_kv"), (f"  channel: '{g.c(['web', 'ios', 'android'])}'", "obj_kv"), ("}", "obj_close")])
            con(s, rid, "INFO", f"Order {oid} stored in DynamoDB table orders-prod (consumed {g.f(1, 9, 1)} WCU)", "order_stored")
            if g.r.random() < 0.5:
                con(s, rid, "INFO", f"Published OrderCreated to arn:aws:sns:eu-west-1:123456789012:order-events, MessageId={g.uuid()}", "published_event")
        elif r < 0.08:
            con(s, rid, "WARN", f"Order {oid} not found", "order_not_found")
        elif r < 0.12:
            con(s, rid, "WARN", f"Slow DynamoDB query on GSI customerId-createdAt-index: {g.num(800, 4000)} ms", "slow_query")
        elif r < 0.14:
            con(s, rid, "ERROR", "Invoke Error \t" + json.dumps({"errorType": "ConditionalCheckFailedException", "errorMessage": "The conditional request failed",
                                                                  "name": "ConditionalCheckFailedException", "$fault": "client", "$metadata": {"httpStatusCode": 400, "requestId": g.HX(52), "attempts": 1, "totalRetryDelay": 0},
                                                                  "stack": ["ConditionalCheckFailedException: The conditional request failed", "    at throwDefaultError (/var/task/index.js:2:61374)",
                                                                            "    at /var/task/index.js:2:61541", "    at de_CommandError (/var/task/index.js:74:20551)",
                                                                            "    at async cancelOrder (/var/task/index.js:112:4021)", "    at async Runtime.handler (/var/task/index.js:112:9012)"]}, separators=(",", ":")), "invoke_error")
        elif r < 0.16:
            timeout = True
        elif route.endswith("invoice"):
            con(s, rid, "INFO", f"Invoice PDF s3://orders-prod-invoices/{L.t:%Y/%m}/{oid}.pdf ({g.num(20, 300)} KiB) presigned for 300 s", "invoice_presigned")
        if timeout:
            L.t = t0 + dt.timedelta(seconds=6, milliseconds=g.num(5, 20))
            out(s, f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {rid} Task timed out after 6.01 seconds", "task_timed_out")
            out(s, f"END RequestId: {rid}", "end")
            out(s, f"REPORT RequestId: {rid}\tDuration: 6010.00 ms\tBilled Duration: 6000 ms\tMemory Size: 512 MB\tMax Memory Used: {g.num(90, 180)} MB\tStatus: timeout", "report_timeout")
            if s in st["streams"]:
                st["streams"].remove(s)
            return
        L.t += dt.timedelta(milliseconds=g.num(5, 300))
        out(s, f"END RequestId: {rid}", "end")
        d = (L.t - t0).total_seconds() * 1000 + g.r.random()
        if init:
            out(s, f"REPORT RequestId: {rid}\tDuration: {d:.2f} ms\tBilled Duration: {int(d) + 1} ms\tMemory Size: 512 MB\tMax Memory Used: {g.num(80, 110)} MB\tInit Duration: {init} ms\t", "report_init")
        else:
            out(s, f"REPORT RequestId: {rid}\tDuration: {d:.2f} ms\tBilled Duration: {int(d) + 1} ms\tMemory Size: 512 MB\tMax Memory Used: {g.num(90, 180)} MB\t", "report")

    return L.run(slowed(L, [(1, invoke)], 40), None)


# 9 ---------------------------------------------------------------- Heroku (Cedar, `heroku logs --tail -a shop-api-prod` saved by a developer): "2026-12-01T10:00:00.123456+00:00 source[dyno]: msg";
#   the router's logfmt lines (at=info / at=error code=H12...), an Express app logging with morgan "dev" and console, a worker dyno, dyno state
#   changes and restarts, R14 memory errors, runtime metrics, Heroku Postgres and Redis samples, a deploy, a crash with its stack, one line per line
@checked
def log_heroku(seed):
    L = Log("heroku_logs_tail", seed, "full", True, True)
    g = L.g
    HOSTN = "shop-api-prod.herokuapp.com"
    st = {"rel": 212, "web": ["web.1", "web.2"], "mem": {"web.1": 280, "web.2": 300, "worker.1": 200}, "run": g.num(1000, 9999)}

    def h(src, msg, ev, level=None):
        L.t += dt.timedelta(microseconds=g.num(100, 90000))
        comp = src
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 {src}: {msg}", ev, level, comp)

    def request():
        dyno = g.c(st["web"])
        m, path, status = g.c([("GET", f"/api/products?page={g.num(1, 20)}&category={g.c(['shoes', 'bags', 'sale'])}", 200), ("GET", f"/api/products/{g.num(100, 9999)}", 200),
                               ("GET", f"/api/products/{g.num(100, 9999)}", 404), ("POST", "/api/cart/items", 201), ("GET", "/api/cart", 200), ("POST", "/api/checkout", 200),
                               ("POST", "/api/checkout", 402), ("GET", "/healthz", 200), ("POST", "/api/auth/login", 200), ("POST", "/api/auth/login", 401),
                               ("POST", "/webhooks/stripe", 200), ("GET", "/api/orders", 200)])
        rid = g.uuid()
        svc = g.num(3, 300) if "checkout" not in path else g.num(300, 3000)
        if g.r.random() < 0.35:
            tag = g.c(["[cart]", "[catalog]", "[auth]", "[checkout]"])
            h(f"app[{dyno}]", {"[cart]": f"[cart] added SKU-{g.num(10000, 99999)} x{g.num(1, 3)} to cart {g.hx(8)}",
                               "[catalog]": f"[catalog] cache {g.c(['hit', 'miss'])} for products:{g.c(['shoes', 'bags', 'sale'])}:{g.num(1, 20)}",
                               "[auth]": f"[auth] login {'ok' if status != 401 else 'failed'} for {g.email()}",
                               "[checkout]": f"[checkout] payment intent pi_{g.alnum(24)} {g.c(['succeeded', 'requires_action', 'processing'])}"}[tag], "app_" + tag.strip("[]"))
        h(f"app[{dyno}]", f"{m} {path} {status} {svc - g.num(0, 2)}.{g.num(100, 999)} ms - {g.num(2, 40000) if status != 204 else '-'}", "morgan_dev")
        h("heroku[router]", f"at=info method={m} path=\"{path}\" host={HOSTN} request_id={rid} fwd=\"{g.ip('pub')}\" dyno={dyno} connect={g.num(0, 2)}ms service={svc}ms status={status} bytes={g.num(300, 40000)} protocol=https", "router_info", "info")

    def timeout():
        dyno = g.c(st["web"])
        h("heroku[router]", f"at=error code=H12 desc=\"Request timeout\" method=POST path=\"/api/checkout\" host={HOSTN} request_id={g.uuid()} fwd=\"{g.ip('pub')}\" dyno={dyno} connect=0ms service=30000ms status=503 bytes=0 protocol=https", "router_error", "error")

    def idle_conn():
        h("heroku[router]", f"at=error code=H15 desc=\"Idle connection\" method=GET path=\"/api/events/stream\" host={HOSTN} request_id={g.uuid()} fwd=\"{g.ip('pub')}\" dyno={g.c(st['web'])} connect=0ms service={g.num(55000, 56000)}ms status=503 bytes= protocol=https", "router_error", "error")

    def metrics():
        for d in st["web"] + ["worker.1"]:
            st["mem"][d] += g.num(-10, 25)
            mem = st["mem"][d]
            h(f"heroku[{d}]", f"source={d} dyno=heroku.{g.num(100000000, 999999999)}.{g.uuid()} sample#load_avg_1m={g.f(0, 1.5, 2)} sample#load_avg_5m={g.f(0, 1, 2)} sample#load_avg_15m={g.f(0, 0.8, 2)}", "runtime_load")
            h(f"heroku[{d}]", f"source={d} dyno=heroku.{g.num(100000000, 999999999)}.{g.uuid()} sample#memory_total={mem}.{g.num(10, 99)}MB sample#memory_rss={mem - 4}.{g.num(10, 99)}MB sample#memory_cache={g.f(0, 9, 2)}MB sample#memory_swap={max(0, mem - 512)}.00MB sample#memory_pgpgin={g.num(10000, 900000)}pages sample#memory_pgpgout={g.num(10000, 900000)}pages sample#memory_quota=512.00MB", "runtime_memory")
            if mem > 512:
                h(f"heroku[{d}]", f"Process running mem={mem}M({mem / 512 * 100:.1f}%)", "process_running_mem")
                h(f"heroku[{d}]", "Error R14 (Memory quota exceeded)", "error_r14")

    def addons():
        h("app[heroku-postgres]", f"source=DATABASE addon=postgresql-cubic-{g.num(10000, 99999)} sample#current_transaction={g.num(10**6, 10**7)} sample#db_size={g.num(10**9, 3 * 10**9)}bytes sample#tables=42 sample#active-connections={g.num(5, 40)} sample#waiting-connections=0 sample#index-cache-hit-rate=0.9{g.num(900, 999)} sample#table-cache-hit-rate=0.9{g.num(800, 999)} sample#load-avg-1m={g.f(0, 1)} sample#load-avg-5m={g.f(0, 1)} sample#load-avg-15m={g.f(0, 1)} sample#read-iops={g.f(0, 40)} sample#write-iops={g.f(0, 90)} sample#tmp-disk-used={g.num(500000000, 600000000)} sample#tmp-disk-available=72944943104 sample#memory-total=8024092kB sample#memory-free={g.num(100000, 900000)}kB sample#memory-cached={g.num(5000000, 7000000)}kB sample#memory-postgres={g.num(100000, 400000)}kB sample#wal-percentage-used=0.0{g.num(60, 99)}", "pg_metrics")
        h("app[heroku-redis]", f"source=REDIS addon=redis-opaque-{g.num(10000, 99999)} sample#active-connections={g.num(4, 30)} sample#load-avg-1m={g.f(0, 0.3)} sample#load-avg-5m={g.f(0, 0.3)} sample#load-avg-15m={g.f(0, 0.3)} sample#read-iops=0 sample#write-iops={g.f(0, 2)} sample#memory-total=15615584kB sample#memory-free={g.num(10**7, 12 * 10**6)}kB sample#memory-cached={g.num(10**6, 2 * 10**6)}kB sample#memory-redis={g.num(10**6, 4 * 10**6)}bytes sample#hit-rate=0.{g.num(80, 99)}{g.num(1000, 9999)} sample#evicted-keys=0", "redis_metrics")

    def worker():
        job = g.c(["send-order-confirmation", "sync-inventory", "generate-invoice", "abandoned-cart-reminder"])
        jid = g.num(10000, 99999)
        if g.r.random() < 0.9:
            h("app[worker.1]", f"job {jid} ({job}) completed in {g.num(30, 9000)}ms", "job_completed")
        else:
            h("app[worker.1]", f"job {jid} ({job}) failed: {g.c(['Request failed with status code 503', 'connect ETIMEDOUT 52.31.4.9:443', 'Invoice template not found'])} (attempt {g.num(1, 5)}/5)", "job_failed")

    def restart(d=None, why="cycle"):
        d = d or g.c(st["web"] + ["worker.1"])
        if why == "cycle":
            h(f"heroku[{d}]", "Cycling", "cycling")
            h(f"heroku[{d}]", "State changed from up to starting", "state_changed")
        h(f"heroku[{d}]", "Stopping all processes with SIGTERM", "stopping_sigterm")
        h(f"heroku[{d}]", "Process exited with status 143", "process_exited")
        L.tick(5)
        cmd = "npm start" if d.startswith("web") else "node dist/worker.js"
        h(f"heroku[{d}]", f"Starting process with command `{cmd}`", "starting_process")
        L.tick(4)
        if d.startswith("web"):
            h(f"app[{d}]", "", "app_blank")
            h(f"app[{d}]", "> shop-api@3.8.1 start", "npm_script_header")
            h(f"app[{d}]", "> node dist/server.js", "npm_script_cmd")
            h(f"app[{d}]", "", "app_blank")
            h(f"app[{d}]", f"shop-api listening on port {g.num(10000, 60000)} (env=production, release=v{st['rel']})", "listening")
        else:
            h(f"app[{d}]", f"worker started, concurrency=5, queues=default,mailers,invoices (release=v{st['rel']})", "worker_started")
        h(f"heroku[{d}]", "State changed from starting to up", "state_changed")
        st["mem"][d] = g.num(200, 300)

    def crash():
        d = g.c(st["web"])
        pre = f"app[{d}]"
        lines = [("/app/node_modules/pg-pool/index.js:45", "stack_location"), ("    Error.captureStackTrace(err)", "stack_code"), ("          ^", "stack_caret"), ("", "app_blank"),
                 ("Error: Connection terminated unexpectedly", "stack_error"),
                 ("    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)", "stack_frame"),
                 ("    at Object.onceWrapper (node:events:634:28)", "stack_frame"), ("    at Connection.emit (node:events:520:28)", "stack_frame"),
                 ("    at Socket.<anonymous> (/app/node_modules/pg/lib/connection.js:63:12)", "stack_frame"), ("    at Socket.emit (node:events:520:28)", "stack_frame"),
                 ("    at TCP.<anonymous> (node:net:343:12)", "stack_frame"), ("", "app_blank"), ("Node.js v20.18.1", "node_version")]
        for text, ev in lines:
            h(pre, text, ev)
        h(f"heroku[{d}]", "Process exited with status 1", "process_exited")
        h(f"heroku[{d}]", "State changed from up to crashed", "state_changed")
        h(f"heroku[{d}]", "State changed from crashed to starting", "state_changed")
        restart(d, why="crash")

    def deploy():
        st["rel"] += 1
        who = g.c(["dev@shop.example.com", "ci@shop.example.com", "anna@shop.example.com"])
        h("app[api]", f"Build started by user {who}", "build_started")
        L.tick(90)
        h("app[api]", f"Deploy {g.hx(8)} by user {who}", "deploy_by")
        h("app[api]", f"Release v{st['rel']} created by user {who}", "release_created")
        h("app[api]", f"Build succeeded", "build_succeeded")
        for d in st["web"] + ["worker.1"]:
            h(f"heroku[{d}]", "Restarting", "restarting")
            h(f"heroku[{d}]", "State changed from up to starting", "state_changed")
            restart(d, why="deploy")

    def scheduler():
        st["run"] += g.num(1, 90)
        d = f"scheduler.{st['run']}"
        h(f"heroku[{d}]", "Starting process with command `npm run cleanup:carts`", "starting_process")
        h(f"heroku[{d}]", "State changed from starting to up", "state_changed")
        h(f"app[{d}]", f"removed {g.num(0, 900)} abandoned carts older than 30 days", "carts_removed")
        h(f"heroku[{d}]", "Process exited with status 0", "process_exited")
        h(f"heroku[{d}]", "State changed from up to complete", "state_changed")

    ev = [(60, request), (1.2, timeout), (0.6, idle_conn), (3, metrics), (1.5, addons), (10, worker), (0.4, restart), (0.25, crash), (0.15, deploy), (0.6, scheduler)]
    return L.run(slowed(L, ev, 6), None)


# 10 --------------------------------------------------------------- Perforce Helix Core 2024.1 p4d server log (P4LOG, server=3, performance tracking on): each record opens with
#   "Perforce server info:" (or "error:") and its text indented by a tab, the time inside ("\t2026/12/01 10:00:00 pid 1234 user@client ip [app] 'cmd'"),
#   blank lines between; completed commands with their "--- lapse / usage / rpc / db.table" tracking lines, broken connections, bad passwords, triggers
@checked
def log_perforce(seed):
    L = Log("perforce_p4d_log", seed, "full", True, False)
    g = L.g
    USERS = [("alice", "alice-ws-main"), ("bob", "bob_game_trunk"), ("carol", "carol-laptop"), ("dwright", "dw-build-tools"), ("jenkins", "jenkins-linux-04"), ("jenkins", "jenkins-win-02")]
    APPS = ["p4/2024.1/LINUX26X86_64/2596294", "P4V/NTX64/2024.3/2650125/v97", "p4/2023.2/NTX64/2555071 (brokered)", "jenkins.p4-plugin/1.15.2/Linux", "P4VS/2024.1/NTX64/2597201"]

    def rec(kind, lines, level, t=None):
        t = t or L.t
        L.emit(f"Perforce server {kind}:", "p4_record_header", level, t=t)
        for text, ev in lines:
            L.emit(text, ev, level, t=t)
        L.emit("", "blank", level, t=t)

    def secs(x):
        s = f"{x:.3f}s"
        return s[1:] if s.startswith("0.") else s

    def stamp():
        return f"{L.t:%Y/%m/%d %H:%M:%S}"

    def tracking(head, ms, tables):
        rows = [(head, "cmd_start"), (f"--- lapse {secs(ms / 1000)}", "trk_lapse"),
                (f"--- usage {g.num(1, 900)}+{g.num(1, 300)}us {g.num(0, 90000)}+{g.num(0, 9000)}io {g.num(0, 99)}+{g.num(0, 99)}net {g.num(6000, 90000)}k {g.num(0, 3)}pf", "trk_usage"),
                (f"--- rpc msgs/size in+out {g.num(2, 40)}+{g.num(2, 9000)}/{g.num(0, 2)}mb+{g.num(0, 900)}mb himarks 795/280 snd/rcv {secs(g.r.uniform(0, ms / 1000))}/{secs(g.r.uniform(0, 0.9))}", "trk_rpc")]
        if g.r.random() < 0.3:
            rows.append((f"--- filetotals (svr) send/recv files+bytes {g.num(0, 9000)}+{g.num(0, 900)}mb/0+0mb", "trk_filetotals"))
        for t in tables:
            rows.append((f"--- {t}", "trk_table"))
            rows.append((f"---   pages in+out+cached {g.num(1, 900)}+{g.num(0, 90)}+{g.num(2, 96)}", "trk_pages"))
            if g.r.random() < 0.2:
                rows.append((f"---   locks wait+held read/write 0ms+{g.num(0, 90)}ms/0ms+{g.num(0, 40)}ms", "trk_locks_wait"))
            rows.append((f"---   locks read/write {g.num(0, 1)}/{g.num(0, 1)} rows get+pos+scan put+del {g.num(0, 90)}+{g.num(0, 9)}+{g.num(0, 90000)} {g.num(0, 900)}+{g.num(0, 90)}", "trk_rows"))
        return rows

    def command():
        u, c = g.c(USERS)
        ip = f"10.20.{g.num(1, 9)}.{g.num(2, 250)}"
        app = g.c(APPS) if u != "jenkins" else "jenkins.p4-plugin/1.15.2/Linux"
        pid = g.num(10000, 999999)
        cmd, tables = g.c([
            ("user-sync //depot/game/main/...", ["db.rev", "db.have", "db.domain"]),
            (f"user-sync -q //{c}/...@{g.num(100000, 999999)}", ["db.rev", "db.have"]),
            ("user-fstat -Olhp -Rco -e default //depot/game/main/Source/...", ["db.rev", "db.working", "db.have"]),
            ("user-changes -s submitted -m 1 //depot/game/main/...", ["db.change", "db.revcx"]),
            (f"user-describe -s {g.num(100000, 999999)}", ["db.change", "db.revcx", "db.rev"]),
            (f"user-edit //depot/game/main/Source/Engine/{g.c(['Render', 'Audio', 'Net'])}/{g.c(['Device', 'Mixer', 'Socket'])}{g.c(['.cpp', '.h'])}", ["db.working", "db.locks"]),
            ("user-info", []), ("user-login -s", ["db.user"]), ("user-clients -u " + u, ["db.domain"]),
            (f"user-submit -d \"{g.c(['Fix crash on level load', 'Update shaders', 'Bump version to 1.4.', 'Merge main to release'])}\"", ["db.change", "db.rev", "db.working", "db.integed"]),
            (f"user-print -q //depot/tools/ci/config.yaml", ["db.rev"])])
        head = f"\t{stamp()} pid {pid} {u}@{c} {ip} [{app}] '{cmd}'"
        rec("info", [(head, "cmd_start")], "info")
        dur = g.num(1, 900) if not cmd.startswith(("user-sync //", "user-submit")) else g.num(500, 90000)
        t0 = L.t
        L.t += dt.timedelta(milliseconds=dur)
        if cmd.startswith("user-submit") and g.r.random() < 0.3:
            rec("info", [(f"\t{stamp()} pid {pid} {u}@{c} {ip} [{app}] 'dm-CommitSubmit'", "cmd_start"),
                         (f"\tTrigger check-jira-id 'change-submit' returned exit status 1: Change description must reference a JIRA issue (GAME-1234)", "trigger_failed")], "info")
        if dur > 10 or g.r.random() < 0.5:
            rec("info", [(f"\t{stamp()} pid {pid} completed {secs(dur / 1000)}", "cmd_completed")], "info")
        rec("info", tracking(head, dur, tables), "info", t=t0)

    def broken():
        ip = f"10.20.{g.num(1, 9)}.{g.num(2, 250)}"
        rec("error", [(f"\tDate {stamp()}:", "err_date"), (f"\tPid {g.num(10000, 999999)}", "err_pid"), (f"\tConnection from {ip}:{g.port()} broken.", "err_conn_broken"),
                      ("\tRpcTransport: partial message read", "err_partial_read"), ("\tTCP receive failed.", "err_tcp_receive"),
                      ("\tread: socket: Connection reset by peer", "err_read_reset")], "error")

    def bad_password():
        u = g.c(["alice", "bob", "carol", "admin", "build"])
        rec("error", [(f"\tDate {stamp()}:", "err_date"), (f"\tPid {g.num(10000, 999999)}", "err_pid"), ("\tOperation: user-login", "err_operation"),
                      ("\tPassword invalid.", "err_password_invalid")], "error")
        rec("info", [(f"\t{stamp()} pid {g.num(10000, 999999)} {u}@unknown 10.20.{g.num(1, 9)}.{g.num(2, 250)} [P4V/NTX64/2024.3/2650125/v97] 'user-login'", "cmd_start")], "info")

    def no_such():
        rec("error", [(f"\tDate {stamp()}:", "err_date"), (f"\tPid {g.num(10000, 999999)}", "err_pid"), (f"\tOperation: user-describe", "err_operation"),
                      (f"\tChange {g.num(100000, 999999)} unknown.", "err_change_unknown")], "error")

    def journal():
        rec("info", [(f"\t{stamp()} pid {g.num(10000, 999999)} svc_replica@replica-sg 10.30.0.4 [p4d/2024.1/LINUX26X86_64/2596294] 'rmt-Journal'", "cmd_start")], "info")
        if g.r.random() < 0.3:
            rec("info", [(f"\t{stamp()} pid {g.num(10000, 999999)} svc_replica@replica-sg 10.30.0.4 [p4d/2024.1/LINUX26X86_64/2596294] 'rmt-FileFetch'", "cmd_start")], "info")

    def checkpoint():
        rec("info", [(f"\t{stamp()} pid {g.num(10000, 999999)} perforce@p4-master 127.0.0.1 [p4/2024.1/LINUX26X86_64/2596294] 'user-admin checkpoint -Z'", "cmd_start")], "info")
        L.t += dt.timedelta(minutes=g.num(3, 12))
        rec("info", [(f"\t{stamp()} pid {g.num(10000, 999999)} perforce@p4-master 127.0.0.1 [p4/2024.1/LINUX26X86_64/2596294] 'user-admin checkpoint -Z'", "cmd_start"),
                     (f"\tCheckpointing to /p4/1/checkpoints/p4_1.ckp.{g.num(1000, 1300)}.gz...", "checkpointing_to"),
                     (f"\tMD5 of checkpoint is {g.HX(32)}", "checkpoint_md5"), (f"\tRotating journal to /p4/1/checkpoints/p4_1.jnl.{g.num(1000, 1300)}...", "rotating_journal")], "info")

    ev = [(70, command), (5, broken), (4, bad_password), (2, no_such), (8, journal), (0.3, checkpoint)]
    return L.run(slowed(L, ev, 20), None)


# 11 --------------------------------------------------------------- SonarQube 10.7 Community Build in Docker, `docker logs sonarqube`: the app, es, web and ce processes all write
#   "2026.12.01 10:00:00 INFO  web[AZ...][o.s.s.p.Platform] message" to stdout; a start-up, then CI analyses going through the Compute Engine's
#   steps, web-service errors with stack traces, Elasticsearch disk watermarks and GC overhead, a restart
@checked
def log_sonarqube(seed):
    L = Log("sonarqube_docker_logs", seed, "full", True, True)
    g = L.g
    PROJECTS = ["shop-api", "shop-web", "payments-service", "inventory-worker", "mobile-app-android", "infra-scripts"]
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    def tid():
        return "AZ" + g.alnum(18, B64)

    def s(level, proc, ctx, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%Y.%m.%d %H:%M:%S} {level:<5} {proc}[{ctx}][{logger}] {msg}", ev, level, f"{logger}|{proc}")
        for text, cev in cont:
            L.emit(text, cev, level, f"{logger}|{proc}")

    def startup():
        s("INFO", "app", "", "o.s.a.AppFileSystem", "Cleaning or creating temp directory /opt/sonarqube/temp", "app_temp_dir")
        s("INFO", "app", "", "o.s.a.es.EsSettings", "Elasticsearch listening on [HTTP: 127.0.0.1:9001, TCP: 127.0.0.1:{}]".format(g.num(35000, 45000)), "es_listening")
        s("INFO", "app", "", "o.s.a.ProcessLauncherImpl", "Launch process[ELASTICSEARCH] from [/opt/sonarqube/elasticsearch]: /opt/sonarqube/elasticsearch/bin/elasticsearch", "launch_process")
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "Waiting for Elasticsearch to be up and running", "waiting_es")
        L.tick(8)
        s("INFO", "es", "", "o.e.n.Node", f"version[8.14.3], pid[{g.num(60, 200)}], build[default/tar/d55f984299e0e88dee72ebd8255f7ff130859ad0/2024-07-07T22:04:49.882652950Z], OS[Linux/6.8.0-49-generic/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/17.0.13/17.0.13+11]", "es_node_version")
        s("INFO", "es", "", "o.e.n.Node", "JVM home [/opt/java/openjdk], using bundled JDK [false]", "es_jvm_home")
        s("INFO", "es", "", "o.e.p.PluginsService", "loaded module [analysis-common]", "es_loaded_module")
        s("INFO", "es", "", "o.e.p.PluginsService", "loaded module [lang-painless]", "es_loaded_module")
        s("INFO", "es", "", "o.e.p.PluginsService", "loaded module [parent-join]", "es_loaded_module")
        s("INFO", "es", "", "o.e.p.PluginsService", "loaded module [reindex]", "es_loaded_module")
        s("INFO", "es", "", "o.e.e.NodeEnvironment", f"using [1] data paths, mounts [[/opt/sonarqube/data (/dev/sdb1)]], net usable_space [{g.num(20, 90)}.{g.num(0, 9)}gb], net total_space [98.3gb], types [ext4]", "es_data_paths")
        s("INFO", "es", "", "o.e.n.Node", "initialized", "es_initialized")
        s("INFO", "es", "", "o.e.n.Node", "starting ...", "es_starting")
        s("INFO", "es", "", "o.e.c.s.MasterService", "elected-as-master ([1] nodes joined in term 12)[_FINISH_ELECTION_, {sonarqube}{...}{127.0.0.1}{127.0.0.1:35791}{cdfhilmrstw}]", "es_elected_master")
        s("INFO", "es", "", "o.e.n.Node", "started {sonarqube}{fMqsd1hBR7mhQ3nPKzeGMQ}{127.0.0.1}{127.0.0.1:35791}{cdfhilmrstw}{8.14.3}", "es_started")
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "Process[es] is up", "process_up")
        s("INFO", "app", "", "o.s.a.ProcessLauncherImpl", "Launch process[WEB_SERVER] from [/opt/sonarqube]: /opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -XX:-OmitStackTraceInFastThrow --add-opens=java.base/java.util=ALL-UNNAMED -cp ./lib/sonar-application-10.7.0.96327.jar:/opt/sonarqube/lib/jdbc/postgresql/postgresql-42.7.3.jar org.sonar.server.app.WebServer /opt/sonarqube/temp/sq-process1234567890properties", "launch_process")
        L.tick(6)
        s("INFO", "web", "", "o.s.p.ProcessEntryPoint", "Starting Web Server", "starting_web")
        s("INFO", "web", "", "o.s.s.p.LogServerVersion", "SonarQube Server / 10.7.0.96327 / 8d5a8ae0f9a1c6a1b1ad7c1f0a5c3b4a7d6e8f90", "server_version")
        s("INFO", "web", "", "o.s.d.DefaultDatabase", "Create JDBC data source for jdbc:postgresql://db:5432/sonar", "jdbc_datasource")
        s("INFO", "web", "", "o.s.s.p.ServerFileSystemImpl", "SonarQube home: /opt/sonarqube", "sonar_home")
        for lang in ["Java Code Quality and Security", "JavaScript/TypeScript/CSS Code Quality and Security", "Python Code Quality and Security", "Kotlin Code Quality and Security", "IaC Code Quality and Security"]:
            s("INFO", "web", "", "o.s.s.p.ServerPluginManager", f"Deploy {lang} / {g.num(7, 10)}.{g.num(0, 40)}.0.{g.num(10000, 99999)} / {g.hx(40)}", "deploy_plugin")
        s("INFO", "web", "", "o.s.s.a.EmbeddedTomcat", "HTTP connector enabled on port 9000", "http_connector")
        s("INFO", "web", "", "o.s.s.p.UpdateCenterClient", "Update center: https://downloads.sonarsource.com/sonarqube/update/update-center.properties", "update_center")
        L.tick(10)
        s("INFO", "web", "", "o.s.s.p.Platform", "Web Server is operational", "web_operational")
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "Process[web] is up", "process_up")
        s("INFO", "app", "", "o.s.a.ProcessLauncherImpl", "Launch process[COMPUTE_ENGINE] from [/opt/sonarqube]: /opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -cp ./lib/sonar-application-10.7.0.96327.jar org.sonar.ce.app.CeServer /opt/sonarqube/temp/sq-process987654321properties", "launch_process")
        L.tick(5)
        s("INFO", "ce", "", "o.s.p.ProcessEntryPoint", "Starting Compute Engine", "starting_ce")
        s("INFO", "ce", "", "o.s.ce.app.CeServer", "Compute Engine is started", "ce_started")
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "Process[ce] is up", "process_up")
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "SonarQube is operational", "sonarqube_operational")

    STEPS = [("Load analysis metadata", None), ("Initialize", None), ("Build tree of components", "components={}"), ("Validate project", None),
             ("Load quality profiles", None), ("Load Quality gate", None), ("Load new code period", None), ("Detect file moves", "reportFiles={}|dbFiles={}|addedFiles={}"),
             ("Compute size measures", None), ("Compute new coverage", None), ("Compute coverage measures", None), ("Compute comment measures", None),
             ("Compute duplication measures", None), ("Compute language distribution", None), ("Compute test measures", None),
             ("Compute Quality Gate measures", None), ("Compute Quality profile measures", None), ("Generate Quality profile events", None),
             ("Generate Quality gate events", None), ("Persist components", None), ("Persist analysis", None), ("Persist analysis properties", None),
             ("Persist measures", "inserts={}"), ("Persist live measures", "insertsOrUpdates={}"), ("Persist duplication data", "insertsOrUpdates={}"),
             ("Persist new ad hoc Rules", None), ("Persist issues", "cacheSize={}|inserts={}|updates={}|merged={}"), ("Persist project links", None),
             ("Persist events", None), ("Persist sources", None), ("Persist cross project duplications", None), ("Enable analysis", None),
             ("Update last usage date of quality profiles", None), ("Purge db", None), ("Index analysis", None), ("Update need issue sync for branch", None),
             ("Send issue notifications", "newIssuesNotifs={}|newIssuesDeliveries={}|myNewIssuesNotifs={}|myNewIssuesDeliveries={}|changesNotifs={}|changesDeliveries={}"),
             ("Publish task results", None), ("Trigger refresh of Portfolios and Applications", None)]

    def analysis():
        proj = g.c(PROJECTS)
        t = tid()
        pr = g.r.random() < 0.4
        where = f"pullRequest={g.num(100, 2400)}" if pr else f"branch={g.c(['main', 'main', 'develop'])} | branchType=BRANCH"
        sub = g.c(["ci-bot", "ci-bot", "jenkins", "github-actions"])
        L.tick(3)
        s("INFO", "ce", t, "o.s.c.t.CeWorkerImpl", f"Execute task | project={proj} | type=REPORT | {where} | id={t} | submitter={sub}", "execute_task")
        total = 0
        failed = g.r.random() < 0.05
        for name, stats in STEPS:
            ms = g.num(0, 40) if g.r.random() < 0.8 else g.num(40, 4000)
            total += ms
            L.t += dt.timedelta(milliseconds=ms)
            if failed and name == "Persist issues":
                s("ERROR", "ce", t, "o.s.c.t.s.ComputationStepExecutor", f"{name} | status=FAILED | time={ms}ms", "ce_step_failed")
                frames = [("org.sonar.db.DatabaseUtils.executeLargeInputs", "DatabaseUtils.java"), ("org.sonar.ce.task.projectanalysis.step.PersistIssuesStep.persistNewIssues", "PersistIssuesStep.java"),
                          ("org.sonar.ce.task.projectanalysis.step.PersistIssuesStep.execute", "PersistIssuesStep.java"),
                          ("org.sonar.ce.task.step.ComputationStepExecutor.executeStep", "ComputationStepExecutor.java"),
                          ("org.sonar.ce.task.step.ComputationStepExecutor.executeSteps", "ComputationStepExecutor.java"),
                          ("org.sonar.ce.taskprocessor.CeWorkerImpl$ExecuteTask.executeTask", "CeWorkerImpl.java"),
                          ("java.base/java.util.concurrent.FutureTask.run", "FutureTask.java"), ("java.base/java.lang.Thread.run", "Thread.java")]
                s("ERROR", "ce", t, "o.s.c.t.CeWorkerImpl", f"Failed to execute task {t}", "failed_task",
                  [("org.apache.ibatis.exceptions.PersistenceException: ", "exception_line"),
                   ("### Error updating database.  Cause: org.postgresql.util.PSQLException: ERROR: could not extend file \"base/16384/24713\": No space left on device", "mybatis_error"),
                   ("### The error may exist in org.sonar.db.issue.IssueMapper", "mybatis_may_exist"),
                   ("### The error may involve org.sonar.db.issue.IssueMapper.insert-Inline", "mybatis_may_involve"),
                   ("### The error occurred while setting parameters", "mybatis_setting_params")] + [(x, "java_frame") for x in java_frames(g, frames)])
                s("INFO", "ce", t, "o.s.c.t.CeWorkerImpl", f"Executed task | project={proj} | type=REPORT | {where} | id={t} | submitter={sub} | status=FAILED | time={total}ms", "executed_task")
                return
            if stats:
                vals = " | ".join(kv.format(g.num(0, 9000)) for kv in stats.split("|"))
                s("INFO", "ce", t, "o.s.c.t.s.ComputationStepExecutor", f"{name} | {vals} | status=SUCCESS | time={ms}ms", "ce_step_" + name.lower().replace(" ", "_"))
            else:
                s("INFO", "ce", t, "o.s.c.t.s.ComputationStepExecutor", f"{name} | status=SUCCESS | time={ms}ms", "ce_step")
        s("INFO", "ce", t, "o.s.c.t.CeWorkerImpl", f"Executed task | project={proj} | type=REPORT | {where} | id={t} | submitter={sub} | status=SUCCESS | time={total}ms", "executed_task")

    def ws_error():
        t = tid()
        path = g.c(["/api/measures/component", "/api/issues/search", "/api/project_badges/measure", "/api/qualitygates/project_status"])
        frames = [("org.sonar.server.component.ComponentFinder.getByKey", "ComponentFinder.java"), ("org.sonar.server.measure.ws.ComponentAction.doHandle", "ComponentAction.java"),
                  ("org.sonar.server.ws.WebServiceEngine.execute", "WebServiceEngine.java"), ("org.sonar.server.ws.WebServiceFilter.doFilter", "WebServiceFilter.java"),
                  ("org.sonar.server.platform.web.MasterServletFilter$GodFilterChain.doFilter", "MasterServletFilter.java"),
                  ("org.apache.catalina.core.ApplicationFilterChain.internalDoFilter", "ApplicationFilterChain.java"),
                  ("org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run", "ThreadPoolExecutor.java"), ("java.base/java.lang.Thread.run", "Thread.java")]
        s("ERROR", "web", t, "o.s.s.w.WebServiceEngine", f"Fail to process request http://sonar.example.com{path}?component={g.c(PROJECTS)}&metricKeys=coverage", "fail_process_request",
          [(f"java.lang.IllegalStateException: Failed to acquire connection to database", "exception_line")] + [(x, "java_frame") for x in java_frames(g, frames[:g.num(4, 8)])])

    def token_auth():
        t = tid()
        s("WARN", "web", t, "o.s.s.a.TokenAuthentication", f"Token {g.c(['squ_', 'sqp_'])}****{g.alnum(4)} has expired, user={g.c(['ci-bot', 'jenkins', 'alice'])}", "token_expired")

    def es_disk():
        if g.r.random() < 0.7:
            s("WARN", "es", "", "o.e.c.r.a.DiskThresholdMonitor", f"high disk watermark [90%] exceeded on [fMqsd1hBR7mhQ3nPKzeGMQ][sonarqube][/opt/sonarqube/data/es8] free: {g.f(4, 9.8, 1)}gb[{g.f(4, 9.9, 1)}%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete", "es_high_watermark")
        else:
            s("INFO", "es", "", "o.e.c.r.a.DiskThresholdMonitor", f"low disk watermark [85%] no longer exceeded on [fMqsd1hBR7mhQ3nPKzeGMQ][sonarqube][/opt/sonarqube/data/es8] free: {g.f(15, 20, 1)}gb[{g.f(15.1, 20, 1)}%]", "es_low_watermark_ok")

    def es_gc():
        s("INFO", "es", "", "o.e.m.j.JvmGcMonitorService", f"[gc][{g.num(10000, 999999)}] overhead, spent [{g.num(250, 900)}ms] collecting in the last [{g.f(1.0, 1.5, 1)}s]", "es_gc_overhead")

    def es_mapping():
        s("INFO", "es", "", "o.e.c.m.MetadataMappingService", f"[{g.c(['issues', 'components', 'projectmeasures'])}/{g.alnum(22, B64)}] update_mapping [_doc]", "es_update_mapping")

    def restart():
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "Stopping SonarQube", "stopping_sonarqube")
        for proc in ["ce", "web", "es"]:
            s("INFO", "app", "", "o.s.a.SchedulerImpl", f"Process[{proc}] is stopped", "process_stopped")
        s("INFO", "app", "", "o.s.a.SchedulerImpl", "SonarQube is stopped", "sonarqube_stopped")
        L.tick(20)
        startup()

    startup()
    ev = [(10, analysis), (1.5, ws_error), (1, token_auth), (2, es_disk), (2, es_gc), (3, es_mapping), (0.15, restart)]
    return L.run(slowed(L, ev, 240), None)


# 12 --------------------------------------------------------------- Splunk Universal Forwarder 9.3 on a Linux web server, /opt/splunkforwarder/var/log/splunk/splunkd.log:
#   "12-11-2026 20:00:00.123 +0000 INFO  TailReader [1873 tailreader0] - message" (month first), load-balanced forwarding to two indexers,
#   one indexer going away (blocked output, health reporter colours), file monitoring quirks, a deployment-server app update and restart
@checked
def log_splunk_uf(seed):
    L = Log("splunkd_uf", seed, "full", True, True, start=dt.datetime(2026, 12, 11, 20, 0, 0, tzinfo=UTC))
    g = L.g
    IDX = ["10.0.0.21", "10.0.0.22"]
    st = {"pid": g.num(1500, 3000), "down": False, "cur": IDX[0], "yellow": False, "guid": g.uuid().upper()}
    FILES = ["/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/syslog", "/var/log/auth.log", "/var/log/shop/app.log", "/var/log/shop/worker.log"]

    def s(level, comp, thread, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%m-%d-%Y %H:%M:%S}.{ms3(L.t)} +0000 {level:<5} {comp} [{st['pid']} {thread}] - {msg}", ev, level, comp)

    def startup():
        s("INFO", "ServerConfig", "MainThread", "Found no hostname options in server.conf. Will attempt to use default for now.", "no_hostname_options")
        s("INFO", "ServerConfig", "MainThread", "Host name option is \"\".", "host_name_option")
        s("INFO", "loader", "MainThread", "Splunkd starting (build 2b0ec2e2d5d9).", "splunkd_starting")
        s("INFO", "loader", "MainThread", "System info: Linux, web-07, 5.15.0-126-generic, #136-Ubuntu SMP Wed Nov 6 10:38:22 UTC 2024, x86_64.", "system_info")
        s("INFO", "loader", "MainThread", "Detected 8 (virtual) CPUs, 8 CPU cores, and 15990MB RAM", "detected_cpus")
        s("INFO", "loader", "MainThread", "Maximum number of threads (approximate): 7995", "max_threads")
        s("INFO", "loader", "MainThread", "Arguments are: \"-p\" \"8089\" \"_internal_launch_under_systemd\"", "arguments")
        s("INFO", "loader", "MainThread", "SPLUNK_HOME is set to \"/opt/splunkforwarder\".", "splunk_home")
        for what, val in [("virtual address space size", "unlimited"), ("data segment size", "unlimited"), ("resident memory size", "unlimited"),
                          ("stack size", "8388608 bytes [hard maximum: unlimited]"), ("core file size", "unlimited"), ("data file size", "unlimited"),
                          ("open files", "65536 files"), ("user processes", "63899 processes"), ("cpu time", "unlimited")]:
            s("INFO", "ulimit", "MainThread", f"Limit: {what}: {val}", "ulimit")
        for ip in IDX:
            s("INFO", "TcpOutputProc", "MainThread", f"Initializing connection for non-ssl forwarding to {ip}:9997", "init_forwarding")
        s("INFO", "TailingProcessor", "MainTailingThread", "TailWatcher initializing...", "tailwatcher_init")
        for d in ["/var/log/nginx/", "/var/log/syslog", "/var/log/auth.log", "/var/log/shop/"]:
            s("INFO", "TailingProcessor", "MainTailingThread", f"Parsing configuration stanza: monitor://{d}.", "parsing_stanza")
            s("INFO", "TailingProcessor", "MainTailingThread", f"Adding watch on path: {d.rstrip('/')}.", "adding_watch")
        for sc in ["cpu.sh", "vmstat.sh", "df.sh", "netstat.sh"]:
            s("INFO", "ExecProcessor", "ExecProcessor", f"New scheduled exec process: /opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/{sc}", "new_exec_process")
        s("INFO", "DC:DeploymentClient", "MainThread", "Starting phonehome thread.", "starting_phonehome")
        s("INFO", "ApplicationLicense", "MainThread", "app license disabled by conf setting.", "app_license_disabled")
        for f in FILES:
            s("INFO", "WatchedFile", "tailreader0", f"Will begin reading at offset={g.num(0, 90000000)} for file='{f}'.", "begin_reading")

    def autolb():
        cand = [i for i in IDX if not (st["down"] and i == IDX[1])]
        nxt = g.c(cand)
        if nxt == st["cur"]:
            s("INFO", "AutoLoadBalancedConnectionStrategy", "TcpOutEloop", f"Found currently active indexer. Connected to idx={nxt}:9997:0, reuse=1.", "found_active")
        else:
            s("INFO", "AutoLoadBalancedConnectionStrategy", "TcpOutEloop", f"Connected to idx={nxt}:9997:0, pset=0, reuse=0. using ACK.", "connected_idx")
        st["cur"] = nxt
        if st["down"] and g.r.random() < 0.5:
            s("WARN", "AutoLoadBalancedConnectionStrategy", "TcpOutEloop", f"Cooked connection to ip={IDX[1]}:9997 timed out", "cooked_timeout")

    def outage():
        if not st["down"]:
            st["down"] = True
            s("ERROR", "TcpOutputFd", "TcpOutEloop", "Read error. Connection reset by peer", "read_error")
            s("WARN", "AutoLoadBalancedConnectionStrategy", "TcpOutEloop", f"Applying quarantine to ip={IDX[1]} port=9997 connid=0 _numberOfFailures=2", "quarantine")
            s("WARN", "TcpOutputProc", "indexerPipe", f"The TCP output processor has paused the data flow. Forwarding to host_dest={IDX[1]} inside output group default-autolb-group from host_src=web-07 has been blocked for blocked_seconds={g.c([10, 100, 300])}. This can stall the data flow towards indexing and other network outputs. Review the receiving system's health in the Splunk Monitoring Console. It is probably not accepting data.", "output_paused")
            s("INFO", "HealthChangeReporter", "healthReporter", "feature=\"TCPOutAutoLB-0\" indicator=\"s2s_connections\" previous_color=green color=yellow due_to_threshold_value=20 measured_value=50 reason=\"More than 20% of forwarding destinations have failed.  Ensure your hosts and ports in outputs.conf are correct.  Also ensure that the indexers are all running, and that any SSL certificates being used for forwarding are correct.\"", "health_change")
        else:
            st["down"] = False
            s("INFO", "AutoLoadBalancedConnectionStrategy", "TcpOutEloop", f"Removing quarantine from idx={IDX[1]}:9997:0", "remove_quarantine")
            s("INFO", "HealthChangeReporter", "healthReporter", "feature=\"TCPOutAutoLB-0\" indicator=\"s2s_connections\" previous_color=yellow color=green measured_value=0", "health_change_green")

    def queue_full():
        s("WARN", "TailReader", "tailreader0", "Could not send data to output queue (parsingQueue), retrying...", "could_not_send")
        if not st["yellow"] and g.r.random() < 0.5:
            st["yellow"] = True
            s("INFO", "HealthChangeReporter", "healthReporter", "feature=\"TailReader-0\" indicator=\"data_out_rate\" previous_color=green color=yellow due_to_threshold_value=2 measured_value=2 reason=\"The monitor input cannot produce data because splunkd's processing queues are full. This will be caused by inadequate indexing or forwarding rate, or a sudden burst of incoming data.\"", "health_change")
        L.tick(30)
        s("INFO", "TailReader", "tailreader0", "  ...continuing.", "continuing")
        if st["yellow"] and g.r.random() < 0.5:
            st["yellow"] = False
            s("INFO", "HealthChangeReporter", "healthReporter", "feature=\"TailReader-0\" indicator=\"data_out_rate\" previous_color=yellow color=green measured_value=1", "health_change_green")

    def periodic_red():
        if st["down"]:
            s("INFO", "PeriodicHealthReporter", "healthReporter", "feature=\"TCPOutAutoLB-0\" color=yellow indicator=\"s2s_connections\" due_to_threshold_value=20 measured_value=50 reason=\"More than 20% of forwarding destinations have failed.  Ensure your hosts and ports in outputs.conf are correct.  Also ensure that the indexers are all running, and that any SSL certificates being used for forwarding are correct.\" node_type=indicator node_path=splunkd.data_forwarding.splunk-2-splunk_forwarding.tcpoutautolb-0.s2s_connections", "periodic_health")

    def rotate():
        f = g.c(FILES[:4])
        if g.r.random() < 0.5:
            s("INFO", "WatchedFile", "tailreader0", f"Checksum for seekptr didn't match, will re-read entire file='{f}'.", "checksum_mismatch")
        else:
            s("INFO", "WatchedFile", "tailreader0", f"File too small to check seekcrc, probably truncated.  Will re-read entire file='{f}'.", "file_too_small")
        if f.startswith("/var/log/nginx") and g.r.random() < 0.5:
            s("INFO", "ArchiveProcessor", "archivereader", f"Handling file={f}.2.gz", "archive_handling")
            s("INFO", "ArchiveProcessor", "archivereader", f"Finished processing file '{f}.2.gz', removing from stats", "archive_finished")

    def initcrc():
        s("ERROR", "TailReader", "tailreader0", "File will not be read, is too small to match seekptr checksum (file=/var/log/shop/worker.log).  Last time we saw this initcrc, filename was different.  You may wish to use larger initCrcLen for this sourcetype, or a CRC salt on this source.  Consult the documentation or file a support case online at http://www.splunk.com/page/submit_issue for more info.", "initcrc_too_small")

    def exec_err():
        sc = g.c(["vmstat.sh", "iostat.sh", "netstat.sh"])
        msg = {"vmstat.sh": "/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/vmstat.sh: line 36: sar: command not found",
               "iostat.sh": "/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/iostat.sh: line 12: iostat: command not found",
               "netstat.sh": "/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/netstat.sh: line 22: netstat: command not found"}[sc]
        s("ERROR", "ExecProcessor", "ExecProcessor", f"message from \"/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/{sc}\" {msg}", "exec_message")

    def phonehome():
        if g.r.random() < 0.3:
            s("INFO", "DC:DeploymentClient", "PhonehomeThread", "channel=deploymentServer/phoneHome/default Will retry sending phonehome to DS; err=not_connected", "phonehome_retry")
            s("INFO", "HttpPubSubConnection", f"HttpClientPollingThread_{st['guid']}", f"Could not obtain connection, will retry after={g.f(20, 90)} seconds.", "could_not_obtain")
        else:
            s("INFO", "HttpPubSubConnection", f"HttpClientPollingThread_{st['guid']}", f"Running phone uri=/services/broker/phonehome/connection_10.0.1.57_8089_web-07_web-07_{st['guid']}", "running_phone")

    def deploy():
        app = g.c(["Splunk_TA_nix", "shop_inputs", "all_forwarder_outputs"])
        s("INFO", "DC:DeploymentClient", "PhonehomeThread", f"Checksum mismatch 0 <> {g.num(10**9, 4 * 10**9)} for app={app}. Will reload from='10.0.0.5:8089/services/streams/deployment?name=default:linux_web:{app}'", "checksum_mismatch_app")
        s("INFO", "DeployedApplication", "PhonehomeThread", f"Downloaded url=10.0.0.5:8089/services/streams/deployment?name=default:linux_web:{app} to file='/opt/splunkforwarder/var/run/linux_web/{app}-{int(L.t.timestamp())}.bundle' sizeKB={g.num(2, 900)}", "downloaded_app")
        s("INFO", "DeployedApplication", "PhonehomeThread", f"Installing app={app} to='/opt/splunkforwarder/etc/apps/{app}'", "installing_app")
        s("WARN", "DC:DeploymentClient", "PhonehomeThread", "Restarting Splunkd...", "restarting_splunkd")
        for lv in ["ShutdownLevel_Begin", "ShutdownLevel_FileIntegrityChecker", "ShutdownLevel_JustBeforeKVStore", "ShutdownLevel_KVStore", "ShutdownLevel_TailingProcessor",
                   "ShutdownLevel_BatchReader", "ShutdownLevel_TcpOutput", "ShutdownLevel_End"]:
            s("INFO", "Shutdown", "Shutdown", f"shutting down level \"{lv}\"", "shutdown_level")
        s("INFO", "Shutdown", "Shutdown", f"Shutdown complete in {g.f(0.5, 9)} seconds", "shutdown_complete")
        L.tick(10)
        st["pid"] = g.num(1500, 90000)
        startup()

    startup()
    ev = [(60, autolb), (1, outage), (4, queue_full), (3, periodic_red), (6, rotate), (1.5, initcrc), (5, exec_err), (10, phonehome), (0.3, deploy)]
    return L.run(slowed(L, ev, 200), None)


# 13 --------------------------------------------------------------- Filebeat 8.15 on a Kubernetes node shipping container logs to Elasticsearch, /var/log/filebeat/filebeat-20261201.ndjson:
#   ECS JSON lines {"log.level","@timestamp","log.logger","log.origin",...,"message",...}: start-up, harvesters opening and closing files as
#   pods come and go, the 30-second "Non-zero metrics" snapshots with a nested monitoring object, Elasticsearch going away and back, mapping conflicts
@checked
def log_filebeat(seed):
    L = Log("filebeat_ndjson", seed, "full", True, True)
    g = L.g
    st = {"open": {}, "es_down": False, "events": 0, "id": g.uuid()}
    PODS = ["shop-api-7d9f8b6c5-", "shop-web-5c4d8f7b9-", "payments-6b8c9d7f4-", "redis-0", "ingress-nginx-controller-6f7c8d9b5-", "cert-manager-7b9c8d6f5-", "coredns-5d78c9869d-"]

    def j(level, logger, func, fname, line, msg, ev, extra=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        d = {"log.level": level, "@timestamp": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"}
        if logger:
            d["log.logger"] = logger
        d["log.origin"] = {"function": func, "file.name": fname, "file.line": line}
        d["message"] = msg
        d["service.name"] = "filebeat"
        if extra:
            d.update(extra)
        d["ecs.version"] = "1.6.0"
        L.emit(json.dumps(d, separators=(",", ":")), ev, level, logger)

    def start():
        j("info", "beat", "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).configure", "instance/beat.go", 821, "Home path: [/usr/share/filebeat] Config path: [/usr/share/filebeat] Data path: [/usr/share/filebeat/data] Logs path: [/var/log/filebeat]", "home_path")
        j("info", "beat", "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).configure", "instance/beat.go", 829, f"Beat ID: {st['id']}", "beat_id")
        j("info", "add_cloud_metadata", "github.com/elastic/beats/v7/libbeat/processors/add_cloud_metadata.(*addCloudMetadata).init.func1", "add_cloud_metadata/add_cloud_metadata.go", 100, "add_cloud_metadata: hosting provider type not detected.", "cloud_not_detected")
        j("info", "beat", "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).launch", "instance/beat.go", 463, "filebeat start running.", "start_running")
        j("info", None, "github.com/elastic/beats/v7/filebeat/beater.(*Filebeat).Run", "beater/filebeat.go", 306, "Loading Inputs: 1", "loading_inputs")
        j("info", "input", "github.com/elastic/beats/v7/filebeat/input/v2/compat.(*runner).Start", "compat/compat.go", 122, "Input 'filestream' starting", "input_starting", {"id": "kubernetes-container-logs"})
        j("info", None, "github.com/elastic/beats/v7/filebeat/beater.(*Filebeat).Run", "beater/filebeat.go", 321, "Loading and starting Inputs completed. Enabled inputs: 1", "inputs_completed")
        j("info", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run", "pipeline/client_worker.go", 138, "Connecting to backoff(elasticsearch(https://es-master.logging.svc:9200))", "connecting_to")
        j("info", "esclientleg", "github.com/elastic/beats/v7/libbeat/esleg/eslegclient.NewConnection.func1", "eslegclient/connection.go", 122, "elasticsearch url: https://es-master.logging.svc:9200", "es_url")
        j("info", "esclientleg", "github.com/elastic/beats/v7/libbeat/esleg/eslegclient.(*Connection).Connect", "eslegclient/connection.go", 304, "Attempting to connect to Elasticsearch version 8.15.3 (default)", "attempting_connect")
        j("info", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run", "pipeline/client_worker.go", 146, "Connection to backoff(elasticsearch(https://es-master.logging.svc:9200)) established", "connection_established")
        for _ in range(4):
            open_file()

    def path():
        pod = g.c(PODS)
        name = pod + (g.alnum(5) if pod.endswith("-") else "")
        ns = {"shop": "shop", "paym": "shop", "redi": "shop", "ingr": "ingress-nginx", "cert": "cert-manager", "core": "kube-system"}[pod[:4]]
        cont = pod.split("-")[0] if not pod.startswith("ingress") else "controller"
        return f"/var/log/containers/{name}_{ns}_{cont}-{g.hx(64)}.log"

    def open_file():
        p = path()
        inode = f"native::{g.num(100000, 9999999)}-{g.c([2049, 66305])}"
        st["open"][p] = inode
        j("info", "input.harvester", "github.com/elastic/beats/v7/filebeat/input/v2/input-cursor.startHarvester.func1", "input-cursor/manager.go", 112, "Harvester started for paths: [/var/log/containers/*.log]", "harvester_started",
          {"id": "kubernetes-container-logs", "source_file": f"filestream::kubernetes-container-logs::{inode}", "path": p, "state-id": inode})

    def close_file():
        if len(st["open"]) < 3:
            return open_file()
        p = g.c(list(st["open"]))
        inode = st["open"].pop(p)
        why = g.r.random()
        if why < 0.5:
            j("info", "input.filestream", "github.com/elastic/beats/v7/filebeat/input/filestream.(*logFile).shouldBeClosed", "filestream/filestream.go", 209, f"File is inactive. Closing. Path='{p}'", "file_inactive",
              {"id": "kubernetes-container-logs", "source_file": f"filestream::kubernetes-container-logs::{inode}", "path": p, "state-id": inode})
        elif why < 0.85:
            j("info", "input.filestream", "github.com/elastic/beats/v7/filebeat/input/filestream.(*logFile).Read", "filestream/filestream.go", 139, f"File was removed. Closing. Path='{p}'", "file_removed",
              {"id": "kubernetes-container-logs", "source_file": f"filestream::kubernetes-container-logs::{inode}", "path": p, "state-id": inode})
        else:
            j("info", "input.filestream", "github.com/elastic/beats/v7/filebeat/input/filestream.(*logFile).Read", "filestream/filestream.go", 139, f"Reader was closed. Closing. Path='{p}'", "reader_closed",
              {"id": "kubernetes-container-logs", "source_file": f"filestream::kubernetes-container-logs::{inode}", "path": p, "state-id": inode})
        j("info", "input.harvester", "github.com/elastic/beats/v7/filebeat/input/v2/input-cursor.startHarvester.func1", "input-cursor/manager.go", 247, "Stopped harvester for file", "harvester_stopped",
          {"id": "kubernetes-container-logs", "source_file": f"filestream::kubernetes-container-logs::{inode}", "path": p, "state-id": inode})

    def metrics():
        ev = g.num(0, 4000) if not st["es_down"] else 0
        st["events"] += ev
        m = {"beat": {"cgroup": {"cpuacct": {"total": {"ns": g.num(10**8, 9 * 10**9)}}, "memory": {"mem": {"usage": {"bytes": g.num(60, 200) * 2**20}}}},
                      "cpu": {"system": {"ticks": g.num(10**4, 10**6), "time": {"ms": g.num(10, 900)}}, "total": {"ticks": g.num(10**4, 10**6), "time": {"ms": g.num(10, 2000)}, "value": g.num(10**4, 10**6)},
                              "user": {"ticks": g.num(10**4, 10**6), "time": {"ms": g.num(10, 1100)}}},
                      "handles": {"limit": {"hard": 1048576, "soft": 1048576}, "open": len(st["open"]) + g.num(15, 25)},
                      "info": {"ephemeral_id": st["id"], "uptime": {"ms": g.num(10**5, 10**9)}, "version": "8.15.3"},
                      "memstats": {"gc_next": g.num(3 * 10**7, 9 * 10**7), "memory_alloc": g.num(10**7, 6 * 10**7), "memory_total": g.num(10**10, 10**12), "rss": g.num(9 * 10**7, 2 * 10**8)},
                      "runtime": {"goroutines": g.num(60, 140)}},
             "filebeat": {"events": {"active": g.num(0, 4096) if st["es_down"] else g.num(0, 60), "added": ev, "done": ev},
                          "harvester": {"open_files": len(st["open"]), "running": len(st["open"])}},
             "libbeat": {"config": {"module": {"running": 0}}, "output": {"events": {"acked": ev, "active": 0, "batches": max(1, ev // 1600) if ev else 0, "total": ev},
                         "read": {"bytes": g.num(1000, 90000)}, "write": {"bytes": g.num(10**5, 10**7) if ev else 0}},
                         "pipeline": {"clients": 1, "events": {"active": g.num(0, 4117) if st["es_down"] else g.num(0, 60), "published": ev, "total": ev}, "queue": {"acked": ev, "filled": {"pct": {"events": round(g.r.random() if st["es_down"] else g.r.random() / 100, 4)}}}}},
             "registrar": {"states": {"current": 0}},
             "system": {"load": {"1": round(g.r.uniform(0.2, 6), 2), "15": round(g.r.uniform(0.2, 4), 2), "5": round(g.r.uniform(0.2, 5), 2), "norm": {"1": round(g.r.uniform(0, 0.8), 4), "15": round(g.r.uniform(0, 0.6), 4), "5": round(g.r.uniform(0, 0.7), 4)}}}}
        if st["es_down"]:
            m["libbeat"]["output"]["events"] = {"failed": g.num(1, 3200), "active": 0, "batches": 2, "total": g.num(1, 3200)}
        j("info", "monitoring", "github.com/elastic/beats/v7/libbeat/monitoring/report/log.(*reporter).logSnapshot", "log/log.go", 187, "Non-zero metrics in the last 30s", "nonzero_metrics",
          {"monitoring": {"metrics": m, "ecs.version": "1.6.0"}})

    def es_outage():
        url = "backoff(elasticsearch(https://es-master.logging.svc:9200))"
        if not st["es_down"]:
            st["es_down"] = True
            j("error", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).publishBatch", "pipeline/client_worker.go", 174,
              f"failed to publish events: Post \"https://es-master.logging.svc:9200/_bulk\": dial tcp 10.96.{g.num(0, 255)}.{g.num(1, 254)}:9200: connect: connection refused", "failed_publish")
            j("info", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run", "pipeline/client_worker.go", 138, f"Connecting to {url}", "connecting_to")
            for k in range(g.num(2, 5)):
                L.tick(10 * 2 ** k)
                j("error", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run", "pipeline/client_worker.go", 150,
                  f"Failed to connect to {url}: Get \"https://es-master.logging.svc:9200\": dial tcp 10.96.{g.num(0, 255)}.{g.num(1, 254)}:9200: connect: connection refused", "failed_connect")
                j("info", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run", "pipeline/client_worker.go", 141, f"Attempting to reconnect to {url} with {k + 1} reconnect attempt(s)", "attempting_reconnect")
        else:
            st["es_down"] = False
            j("info", "esclientleg", "github.com/elastic/beats/v7/libbeat/esleg/eslegclient.(*Connection).Connect", "eslegclient/connection.go", 304, "Attempting to connect to Elasticsearch version 8.15.3 (default)", "attempting_connect")
            j("info", "publisher_pipeline_output", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run", "pipeline/client_worker.go", 146, f"Connection to {url} established", "connection_established")

    def mapping():
        j("warn", "elasticsearch", "github.com/elastic/beats/v7/libbeat/outputs/elasticsearch.(*Client).bulkCollectPublishFails", "elasticsearch/client.go", 454,
          "Cannot index event (status=400): dropping event! Enable debug logs to view the event and cause.", "cannot_index_event")

    def k8s_watch():
        if g.r.random() < 0.5:
            j("warn", None, "k8s.io/client-go/tools/cache.(*Reflector).watch", "cache/reflector.go", 470, "k8s.io/client-go@v0.29.5/tools/cache/reflector.go:229: watch of *v1.Pod ended with: an error on the server (\"unable to decode an event from the watch stream: http2: client connection lost\") has prevented the request from succeeding", "reflector_watch_ended")
        else:
            j("error", "add_kubernetes_metadata", "github.com/elastic/beats/v7/libbeat/processors/add_kubernetes_metadata.(*kubernetesAnnotator).Run", "add_kubernetes_metadata/kubernetes.go", 311,
              "Error fetching metadata for pod: pod not found in cache, it may have been deleted", "metadata_pod_not_found")

    start()
    ev = [(50, metrics), (12, open_file), (11, close_file), (0.8, es_outage), (2, mapping), (1.5, k8s_watch)]
    return L.run(slowed(L, ev, 14), None)


# 14 --------------------------------------------------------------- Microsoft Intune Management Extension 1.83 on a Windows 11 laptop (clock in UTC),
#   C:\ProgramData\Microsoft\IntuneManagementExtension\Logs\IntuneManagementExtension.log, CMTrace format: <![LOG[message]LOG]!><time="10:00:00.1234567"
#   date="12-1-2026" component="..." context="" type="1" thread="12" file="">, the header after the message; messages that span lines (exceptions,
#   script output) put the header on their last line; Win32 app polling, downloads and installs, PowerShell scripts, check-in failures offline
@checked
def log_intune_ime(seed):
    L = Log("intune_ime_cmtrace", seed, "full", True, True)
    g = L.g
    LV = {1: "1|info", 2: "2|warning", 3: "3|error"}
    USER = g.uuid()
    SID = "S-1-12-1-" + "-".join(str(g.num(10**8, 4 * 10**9)) for _ in range(4))
    APPS = [(g.uuid(), "7-Zip 24.08 (x64)", True), (g.uuid(), "Zoom Workplace", True), (g.uuid(), "Company Portal Certificates", True),
            (g.uuid(), "VPN Client 5.1", False), (g.uuid(), "Adobe Acrobat Reader", True), (g.uuid(), "Printer Driver HP Universal", False)]
    SCRIPTS = [(g.uuid(), "Set-BitLockerRecovery"), (g.uuid(), "Map-NetworkDrives"), (g.uuid(), "Remove-Bloatware")]
    st = {"offline": False, "installed": set()}

    def c(msg, ev, typ=1, comp="IntuneManagementExtension", thread=None, cont_evs=None):
        """msg may hold several lines; cont_evs names the event of each line after the first."""
        L.t += dt.timedelta(microseconds=g.num(100, 300000))
        th = thread or g.c([1, 4, 5, 7, 12, 14, 17, 21, 33])
        hdr = f'<time="{L.t:%H:%M:%S}.{us6(L.t)}{g.num(0, 9)}" date="{L.t.month}-{L.t.day}-{L.t.year}" component="{comp}" context="" type="{typ}" thread="{th}" file="">'
        lines = msg.split("\n")
        evs = [ev] + list(cont_evs or [])
        assert len(evs) == len(lines), (ev, len(lines))
        for k, (ln, e) in enumerate(zip(lines, evs)):
            text = ("<![LOG[" if k == 0 else "") + ln + ("]LOG]!>" + hdr if k == len(lines) - 1 else "")
            L.emit(text, e, LV[typ], comp)

    def poller():
        c("[Win32App] ----------------------------------------------------- application poller starts. ----------------------------------------------------- ", "poller_starts")
        c("[Win32App] Get 1 active user sessions", "active_sessions")
        c(f"[Win32App] ..................... Processing user session 1, userId: {USER}, userSID: {SID} ..................... ", "processing_session")
        if st["offline"]:
            return checkin_fail()
        c(f"[Win32App] Requesting required apps via Gateway for user {USER}", "requesting_apps")
        pol = [{"Id": a, "Name": n, "Version": g.num(1, 6), "Intent": 3, "TargetType": 1, "InstallerData": None, "DetectionRule": "[{\"DetectionType\":2,\"DetectionText\":\"...\"}]"} for a, n, _ in APPS[:g.num(3, 6)]]
        c(f"[Win32App] Get policies = {json.dumps(pol, separators=(',', ':'))}", "get_policies")
        c(f"[Win32App] Got {len(pol)} Win32App(s) for user {USER} in session 1", "got_apps")
        for p in pol:
            aid, name = p["Id"], p["Name"]
            c(f"[Win32App] ExecManager: processing targeted app (name='{name}', id='{aid}') with intent=3 for user session 1", "processing_targeted")
            c(f"[Win32App][GRSManager] App with id: {aid} is not expired.", "grs_not_expired")
            det = name in st["installed"] or next(x for x in APPS if x[0] == aid)[2] and g.r.random() < 0.9
            c(f"[Win32App][DetectionActionHandler] Detection for policy with id: {aid}, name: {name} resulted in action status: Success and detection state: {'Detected' if det else 'NotDetected'}.", "detection_result")
            if not det:
                install(aid, name)
        c("[Win32App][GRSManager] Saving GRS values to registry.", "grs_saving")
        c("[Win32App] ----------------------------------------------------- application poller stopped. ----------------------------------------------------- ", "poller_stopped")

    def install(aid, name):
        size = g.num(2, 400) * 2 ** 20
        c(f"[Win32App][DownloadActionHandler] Handler invoked for policy with id: {aid}", "download_handler")
        c("[Win32App] DO Job set priority is BG_JOB_PRIORITY_FOREGROUND", "do_priority")
        got = 0
        while got < size:
            got = min(size, got + g.num(size // 6, size // 2))
            L.tick(3)
            c(f"[StatusService] Downloading app (id = {aid}, name {name}) via DO, bytes {got}/{size} for user {USER}", "downloading_via_do")
        c(f"[Win32App] DO job completed, content saved to C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Content\\Staging\\{aid}_{g.num(1, 6)}", "do_completed")
        c("[Win32App] Hash validation pass", "hash_pass")
        c("[Win32App] Decryption is done successfully.", "decryption_done")
        c(f"[Win32App] Unzipping file on session 1", "unzipping")
        c("[Win32App] Launch Win32AppInstaller in machine session", "launch_installer")
        pid = g.num(1000, 20000)
        c(f"[Win32App] process id = {pid}", "process_id")
        L.tick(40)
        code = g.c([0, 0, 0, 0, 3010, 1603, 1618])
        c(f"[Win32App] lpExitCode {code}", "lp_exit_code")
        if code in (0, 3010):
            c(f"[Win32App] Admin allowed success exit code {code}" if code == 0 else f"[Win32App] Admin set soft reboot for exit code {code}", "exit_code_success" if code == 0 else "exit_code_soft_reboot")
            st["installed"].add(name)
            c(f"[Win32App][DetectionActionHandler] Detection for policy with id: {aid}, name: {name} resulted in action status: Success and detection state: Detected.", "detection_result")
        elif code == 1618:
            c(f"[Win32App] Admin set retry for exit code {code}, another installation is in progress", "exit_code_retry", 2)
        else:
            c(f"[Win32App] Admin did NOT set mapping for lpExitCode: {code} of app: {aid}", "exit_code_unmapped", 3)
            c(f"[Win32App][ReportingManager] Sending status to company portal based on report: {{\"ApplicationId\":\"{aid}\",\"ResultantAppState\":2,\"ReportingImpact\":{{\"DesiredState\":3,\"Classification\":2,\"ConflictReason\":0,\"ImpactingApps\":[]}},\"WriteableToStorage\":true,\"CanGenerateComplianceState\":true,\"CanGenerateEnforcementState\":true,\"IsAppReportable\":true,\"IsAppAggregatable\":true,\"AvailableAppEnforcementFlag\":0,\"DesiredState\":2,\"DetectionState\":2,\"DetectionErrorOccurred\":false,\"DetectionErrorCode\":null,\"ApplicabilityState\":0,\"ApplicabilityErrorOccurred\":false,\"ApplicabilityErrorCode\":null,\"EnforcementState\":5000,\"EnforcementErrorCode\":{code},\"TargetingMethod\":0,\"TargetingType\":2,\"InstallContext\":2,\"Intent\":3,\"InternalVersion\":1,\"DetectedIdentityVersion\":null,\"RemovalReason\":null}}", "reporting_status", 1)

    def script():
        sid, name = g.c(SCRIPTS)
        c(f"[PowerShell] Processing policy with id = {sid} for user {USER}", "ps_processing")
        c("[PowerShell] The policy needs be run as System", "ps_run_as_system")
        c(f"[PowerShell] Prepared script for running, path C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Policies\\Scripts\\00000000-0000-0000-0000-000000000000_{sid}.ps1", "ps_prepared")
        L.tick(5)
        c("[PowerShell] Agent executor completed.", "ps_agent_completed")
        if name == "Set-BitLockerRecovery":
            c("[PowerShell] result = Script output: \nBitLocker status for C: FullyEncrypted\nRecovery password protector: present\nKey backed up to Entra ID: True\n", "ps_result_output",
              cont_evs=["ps_out_status", "ps_out_protector", "ps_out_backup", "ps_out_blank"])
        elif name == "Map-NetworkDrives" and g.r.random() < 0.4:
            c(f"[PowerShell] result = Script error: \nNew-PSDrive : The network path was not found\nAt C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Policies\\Scripts\\00000000-0000-0000-0000-000000000000_{sid}.ps1:14 char:5\n+     New-PSDrive -Name \"S\" -PSProvider FileSystem -Root \"\\\\fs01.corp.example.com\\shared\" -Persist\n+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : ReadError: (S:PSDriveInfo) [New-PSDrive], Win32Exception\n    + FullyQualifiedErrorId : CouldNotMapNetworkDrive,Microsoft.PowerShell.Commands.NewPSDriveCommand\n ", "ps_result_error",
              3, cont_evs=["ps_err_message", "ps_err_at", "ps_err_code", "ps_err_tildes", "ps_err_category", "ps_err_fqid", "ps_out_blank"])
        else:
            c("[PowerShell] result = Script output: \n", "ps_result_output", cont_evs=["ps_out_blank"])
        c(f"[PowerShell] User Id = {USER}, Policy id = {sid}, policy result = {'Success' if g.r.random() < 0.9 else 'Failed'}", "ps_policy_result")

    def checkin():
        c("[Location Service] Getting location for service name = SideCarGatewayService", "location_getting", comp="IntuneManagementExtension")
        if st["offline"] and g.r.random() < 0.35:
            connectivity()
        if st["offline"]:
            return checkin_fail()
        c(f"[Location Service] Found endpoint https://fef.msuc06.manage.microsoft.com/SideCar/StatelessSideCarGatewayService for SideCarGatewayService", "location_found")
        c(f"After impersonation: AzureAD\\{g.c(['AnnaSchmidt', 'anna.schmidt'])}", "after_impersonation")
        c("Getting Azure AD Device Id...", "getting_device_id")
        c(f"Azure AD Device Id: {g.uuid()}", "device_id") if g.r.random() < 0.2 else None
        c(f"[Win32App] Get sidecar gateway session token successfully", "token_ok")

    def checkin_fail():
        frames = ["   at System.Net.HttpWebRequest.GetResponse()", "   at Microsoft.Management.Services.IntuneWindowsAgent.AgentCommon.HttpClientHelper.ExecuteRequest(HttpWebRequest request, String requestBody)",
                  "   at Microsoft.Management.Services.IntuneWindowsAgent.AgentCommon.ServiceLocationHelper.GetServiceAddressesFromServer(String aadToken, Guid activityId)",
                  "   at Microsoft.Management.Services.IntuneWindowsAgent.AgentCommon.ServiceLocationHelper.GetServiceAddress(String serviceName, Boolean forceRefresh)"]
        c("Exception occurs when getting service addresses, ex = System.Net.WebException: The remote name could not be resolved: 'manage.microsoft.com'\n" + "\n".join(frames), "location_exception", 3,
          cont_evs=["dotnet_frame"] * len(frames))
        c(f"[Win32App] Failed to get session token, will retry in {g.c([5, 15, 30])} minutes", "token_failed", 2)

    def connectivity():
        st["offline"] = not st["offline"]
        if st["offline"]:
            c("[NetworkMonitor] Network state changed: Disconnected", "network_changed", 2)
        else:
            c("[NetworkMonitor] Network state changed: Connected", "network_changed")

    def esp():
        c("[Win32App] The EspPhase: NotInEsp in session", "esp_phase")

    def health():
        c("[HealthCheck] Scheduled health check completed, service running, last check-in " + f"{(L.t - dt.timedelta(minutes=g.num(1, 60))).month}/{L.t.day}/{L.t.year} {L.t - dt.timedelta(minutes=g.num(1, 60)):%I:%M:%S %p}", "health_check")

    ev = [(10, poller), (4, script), (12, checkin), (1, connectivity), (3, esp), (4, health)]
    return L.run(slowed(L, ev, 600), None)


# 15 --------------------------------------------------------------- ESP-IDF 5.2 firmware of an air-quality sensor (ESP32-S3, Wi-Fi, MQTT over TLS, PMS5003 + SHT40), `idf.py monitor`
#   saved with `| tee`: "I (12345) tag: message" with the milliseconds since boot, the ROM bootloader's headerless lines and the second-stage
#   bootloader's partition table at every boot, Wi-Fi drops, MQTT reconnects, an OTA update, a LoadProhibited panic with its register dump and the
#   monitor's decoded backtrace, brown-out resets
@checked
def log_esp_idf(seed):
    L = Log("esp_idf_monitor", seed, "rel", True, True)
    g = L.g
    st = {"boot": L.t, "ver": "1.4.2", "mid": 0, "ip": "192.168.1.57"}
    MAC = "f4:12:fa:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3))
    LV = {"I": "I|info", "W": "W|warn", "E": "E|error", "D": "D|debug"}

    def ms():
        return int((L.t - st["boot"]).total_seconds() * 1000)

    def lg(lv, tag, msg, ev, sep=": ", dms=(0, 20)):
        L.t += dt.timedelta(milliseconds=g.num(*dms))
        L.emit(f"{lv} ({ms()}) {tag}{sep}{msg}", ev, LV[lv], tag)

    def raw(text, ev, dms=(0, 3)):
        L.t += dt.timedelta(milliseconds=g.num(*dms))
        L.emit(text, ev)

    def wifi(msg, ev, lv="I"):
        lg(lv, "wifi", msg, ev, sep=":")

    def boot(rst="0x1 (POWERON)"):
        st["boot"] = L.t
        raw("ESP-ROM:esp32s3-20210327", "rom_banner")
        raw("Build:Mar 27 2021", "rom_build")
        raw(f"rst:{rst},boot:0x8 (SPI_FAST_FLASH_BOOT)", "rom_rst")
        raw("SPIWP:0xee", "rom_spiwp")
        raw("mode:DIO, clock div:1", "rom_mode")
        for a, ln in [("0x3fce3818", "0x1518"), ("0x403c9700", "0x4"), ("0x403c9704", "0xc00"), ("0x403cc700", "0x2eb0")]:
            raw(f"load:{a},len:{ln}", "rom_load")
        raw("entry 0x403c9908", "rom_entry")
        L.t = st["boot"] + dt.timedelta(milliseconds=27)
        lg("I", "boot", "ESP-IDF v5.2.1 2nd stage bootloader", "bl_banner", dms=(0, 0))
        lg("I", "boot", "compile time Nov 28 2026 14:02:11", "bl_compile_time", dms=(0, 0))
        lg("I", "boot", "Multicore bootloader", "bl_multicore", dms=(0, 3))
        lg("I", "boot", "chip revision: v0.2", "bl_chip_rev", dms=(2, 4))
        lg("I", "boot.esp32s3", "Boot SPI Speed : 80MHz", "bl_spi_speed", dms=(3, 5))
        lg("I", "boot.esp32s3", "SPI Mode       : DIO", "bl_spi_mode", dms=(3, 5))
        lg("I", "boot.esp32s3", "SPI Flash Size : 8MB", "bl_flash_size", dms=(3, 5))
        lg("I", "boot", "Enabling RNG early entropy source...", "bl_rng", dms=(4, 6))
        lg("I", "boot", "Partition Table:", "bl_partition_table", dms=(3, 4))
        lg("I", "boot", "## Label            Usage          Type ST Offset   Length", "bl_partition_header", dms=(3, 8))
        for k, (lab, use, ty, stt, off, ln) in enumerate([("nvs", "WiFi data", "01", "02", "00009000", "00004000"), ("otadata", "OTA data", "01", "00", "0000d000", "00002000"),
                                                          ("phy_init", "RF data", "01", "01", "0000f000", "00001000"), ("ota_0", "OTA app", "00", "10", "00010000", "00300000"),
                                                          ("ota_1", "OTA app", "00", "11", "00310000", "00300000"), ("storage", "Unknown data", "01", "82", "00610000", "00100000")]):
            lg("I", "boot", f" {k} {lab:<16} {use:<16} {ty} {stt} {off} {ln}", "bl_partition_row", dms=(7, 8))
        lg("I", "boot", "End of partition table", "bl_partition_end", dms=(3, 5))
        slot = g.c([0, 1])
        lg("I", "boot", f"Loaded app from partition at offset 0x{0x10000 if slot == 0 else 0x310000:x}", "bl_loaded_app", dms=(3, 5))
        for k, (pa, va, sz, kind) in enumerate([("00010020", "3c0b0020", 0x3a2b0, "map"), ("0004a2d8", "3fc97300", 0x4a6c, "load"), ("0004ed4c", "40374000", 0x12c4, "load"),
                                                ("00050018", "42000018", 0xa1e4c, "map"), ("000f1e6c", "403752c4", 0x14b78, "load")]):
            lg("I", "esp_image", f"segment {k}: paddr={pa} vaddr={va} size={sz:05x}h ({sz:6d}) {kind}", "esp_image_segment", dms=(4, 60))
        lg("I", "boot", "Disabling RNG early entropy source...", "bl_rng_off", dms=(10, 20))
        lg("I", "cpu_start", "Multicore app", "cpu_multicore", dms=(10, 20))
        lg("I", "cpu_start", "Pro cpu start user code", "cpu_pro_start", dms=(8, 10))
        lg("I", "cpu_start", "cpu freq: 160000000 Hz", "cpu_freq", dms=(0, 1))
        lg("I", "app_init", "Application information:", "app_info", dms=(0, 3))
        for k, v, e in [("Project name:     ", "air-quality-node", "app_project"), ("App version:      ", st["ver"], "app_version"), ("Compile time:     ", "Nov 28 2026 14:02:05", "app_compile_time"),
                        ("ELF file SHA256:  ", g.hx(16) + "...", "app_elf_sha"), ("ESP-IDF:          ", "v5.2.1", "app_idf_version")]:
            lg("I", "app_init", k + v, e, dms=(4, 6))
        lg("I", "efuse_init", "Min chip rev:     v0.0", "efuse_min_rev", dms=(4, 6))
        lg("I", "heap_init", "Initializing. RAM available for dynamic allocation:", "heap_init", dms=(6, 8))
        for a, ln, kb, kind in [("3FC9E6E8", "0004B028", 300, "RAM"), ("3FCE9710", "00005724", 21, "RAM"), ("3FCF0000", "00008000", 32, "DRAM"), ("600FE010", "00001FD8", 7, "RTCRAM")]:
            lg("I", "heap_init", f"At {a} len {ln} ({kb} KiB): {kind}", "heap_region", dms=(5, 7))
        lg("I", "spi_flash", "detected chip: gd", "flash_chip", dms=(4, 6))
        lg("I", "spi_flash", "flash io: dio", "flash_io", dms=(4, 5))
        lg("I", "sleep", "Configure to isolate all GPIO pins in sleep state", "sleep_isolate", dms=(5, 8))
        lg("I", "main_task", "Started on CPU0", "main_started", dms=(8, 12))
        lg("I", "main_task", "Calling app_main()", "main_calling", dms=(8, 12))
        lg("I", "app", f"air-quality-node {st['ver']} starting, reset reason {g.c(['POWERON', 'SW', 'PANIC', 'BROWNOUT']) if rst != '0x1 (POWERON)' else 'POWERON'}", "app_starting", dms=(5, 10))
        lg("I", "pms5003", "sensor on UART1 (rx=18, tx=17), passive mode", "pms_init", dms=(20, 40))
        lg("I", "sht4x", "SHT40 found at 0x44, serial 0x{}".format(g.HX(8)), "sht_found", dms=(10, 30))
        wifi_connect(first=True)

    def wifi_connect(first=False):
        if first:
            wifi(f"wifi driver task: 3fca{g.hx(4)}, prio:23, stack:6656, core=0", "wifi_driver_task", )
            wifi("wifi firmware version: 3e0076f", "wifi_fw_version")
            wifi("wifi certification version: v7.0", "wifi_cert_version")
            wifi("config NVS flash: enabled", "wifi_config_nvs")
            wifi("Init data frame dynamic rx buffer num: 32", "wifi_init_param")
            wifi(f"mode : sta ({MAC})", "wifi_mode")
            wifi("enable tsf", "wifi_enable_tsf")
        ch = g.c([1, 6, 11])
        wifi(f"new:<{ch},0>, old:<1,0>, ap:<255,255>, sta:<{ch},0>, prof:1", "wifi_new_channel", )
        wifi("state: init -> auth (b0)", "wifi_state", )
        wifi("state: auth -> assoc (0)", "wifi_state")
        wifi("state: assoc -> run (10)", "wifi_state")
        wifi(f"connected with HomeNet-2G, aid = {g.num(1, 12)}, channel {ch}, BW20, bssid = 3c:84:6a:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}", "wifi_connected")
        wifi(f"security: WPA2-PSK, phy: bgn, rssi: -{g.num(45, 80)}", "wifi_security")
        wifi("pm start, type: 1", "wifi_pm_start")
        L.tick(1)
        lg("I", "esp_netif_handlers", f"sta ip: {st['ip']}, mask: 255.255.255.0, gw: 192.168.1.1", "netif_sta_ip")
        lg("I", "app", f"got ip:{st['ip']}", "app_got_ip")
        mqtt_connect()

    def mqtt_connect():
        lg("I", "mqtt", "connecting to mqtts://broker.home.example:8883", "mqtt_connecting", dms=(10, 50))
        L.tick(0.8)
        lg("I", "mqtt", "MQTT_EVENT_CONNECTED", "mqtt_connected")
        lg("I", "mqtt", f"subscribed to aq/node-7/cmd, msg_id={nid()}", "mqtt_subscribed")

    def nid():
        st["mid"] = (st["mid"] + g.num(1, 3)) % 65535
        return st["mid"]

    def reading():
        L.t += dt.timedelta(seconds=60)
        pm25 = g.f(1, 60, 1)
        lg("I", "sensor", f"PM1.0={g.f(0, 30, 1)} PM2.5={pm25} PM10={g.f(float(pm25), 90, 1)} ug/m3 T={g.f(18, 26, 2)}C RH={g.f(30, 65, 1)}%", "sensor_reading")
        if g.r.random() < 0.05:
            lg("W", "pms5003", f"checksum mismatch (got 0x{g.HX(4)}, want 0x{g.HX(4)}), frame dropped", "pms_checksum")
        lg("I", "mqtt", f"published msg_id={nid()} topic=aq/node-7/state len={g.num(120, 180)}", "mqtt_published")
        if g.r.random() < 0.1:
            lg("I", "app", f"heap free {g.num(120000, 190000)} min {g.num(90000, 120000)} largest block {g.num(60000, 110000)}", "heap_stats")

    def wifi_drop():
        reason = g.c([(200, "BEACON_TIMEOUT"), (8, "ASSOC_LEAVE"), (15, "4WAY_HANDSHAKE_TIMEOUT"), (201, "NO_AP_FOUND")])
        if reason[0] == 200:
            wifi("bcn_timeout,ap_probe_send_start", "wifi_bcn_timeout")
        wifi(f"state: run -> init ({reason[0]:x}0)" if reason[0] < 16 else f"state: run -> init ({reason[0]:x})", "wifi_state")
        wifi(f"new:<6,0>, old:<6,0>, ap:<255,255>, sta:<6,0>, prof:1", "wifi_new_channel")
        lg("W", "app", f"Wi-Fi disconnected, reason {reason[0]} ({reason[1]}), retry 1", "wifi_disconnected")
        lg("E", "mqtt_client", "mqtt_message_receive: transport_read() error: errno=128", "mqtt_transport_read")
        lg("E", "transport_base", "tcp_read error, errno=Socket is not connected", "transport_tcp_read")
        lg("E", "mqtt_client", "esp_mqtt_connect: mqtt_message_receive() returned -1", "mqtt_connect_failed")
        lg("I", "mqtt", "MQTT_EVENT_DISCONNECTED", "mqtt_disconnected")
        for k in range(2, g.num(2, 5)):
            L.tick(3)
            lg("W", "app", f"Wi-Fi disconnected, reason {reason[0]} ({reason[1]}), retry {k}", "wifi_disconnected")
        L.tick(4)
        wifi_connect()

    def tls_error():
        lg("E", "esp-tls-mbedtls", "mbedtls_ssl_handshake returned -0x7280", "tls_handshake")
        lg("E", "esp-tls", "Failed to open new connection", "tls_failed_open")
        lg("E", "transport_base", "Failed to open a new connection", "transport_failed_open")
        lg("E", "mqtt_client", "Error transport connect", "mqtt_transport_connect")
        lg("I", "mqtt", "MQTT_EVENT_ERROR", "mqtt_error")
        lg("I", "mqtt", "Last error reported from esp-tls: 0x8008", "mqtt_last_err_tls")
        lg("I", "mqtt", "Last tls stack error number: 0x7280", "mqtt_last_err_stack")
        lg("I", "mqtt", "Last captured errno : 0 (Success)", "mqtt_last_errno")
        L.tick(10)
        mqtt_connect()

    def ota():
        new = f"1.4.{int(st['ver'].split('.')[2]) + 1}"
        lg("I", "ota", f"update requested via aq/node-7/cmd: https://fw.home.example/air-quality-node-{new}.bin", "ota_requested")
        lg("I", "esp_https_ota", "Starting OTA...", "https_ota_starting")
        lg("I", "esp_https_ota", "Writing to <ota_1> partition at offset 0x310000", "https_ota_writing")
        for _ in range(g.num(3, 6)):
            L.tick(2)
            lg("I", "ota", f"Image bytes read: {g.num(100000, 1000000)}", "ota_bytes_read")
        lg("I", "esp_image", f"segment 0: paddr=00310020 vaddr=3c0b0020 size=3a2b0h (238256) verify", "esp_image_segment")
        lg("I", "esp_image", "Verifying image signature...", "esp_image_verify")
        lg("I", "ota", "OTA done, restarting...", "ota_done")
        st["ver"] = new
        wifi("state: run -> init (0)", "wifi_state")
        L.tick(1)
        boot("0xc (RTC_SW_CPU_RST)")

    def panic():
        raw("Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.", "guru_meditation")
        raw("", "blank")
        raw("Core  1 register dump:", "reg_dump_header")
        regs = ["PC", "PS", "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13", "A14", "A15", "SAR", "EXCCAUSE", "EXCVADDR", "LBEG", "LEND", "LCOUNT"]
        for i in range(0, len(regs), 4):
            raw("".join(f"{r:<8}: 0x{('0000001c' if r == 'EXCCAUSE' else '00000000' if r == 'EXCVADDR' else g.c(['4200', '3fcb', '8200', '0000', '4037']) + g.hx(4))}  " for r in regs[i:i + 4]), "reg_dump_row")
        raw("", "blank")
        raw("", "blank")
        bt = [(f"0x42{g.hx(6)}", "sht4x_read_measurement", "components/sht4x/sht4x.c", g.num(60, 200)), (f"0x42{g.hx(6)}", "sensor_task", "main/sensor.c", g.num(60, 300)),
              (f"0x4037{g.hx(4)}", "vPortTaskWrapper", "/home/dev/esp/esp-idf/components/freertos/FreeRTOS-Kernel/portable/xtensa/port.c", 162)]
        raw("Backtrace: " + " ".join(f"{a}:0x3fcb{g.hx(4)}" for a, *_ in bt), "backtrace")
        for a, fn, f, ln in bt:
            path = f if f.startswith("/") else f"/home/dev/air-quality-node/{f}"
            raw(f"--- {a}: {fn} at {path}:{ln}", "monitor_decoded_frame")
        raw("", "blank")
        raw("", "blank")
        raw(f"ELF file SHA256: {g.hx(16)}", "elf_sha")
        raw("", "blank")
        raw("Rebooting...", "rebooting")
        L.tick(0.5)
        boot("0xc (RTC_SW_CPU_RST)")

    def brownout():
        raw("", "blank")
        raw("Brownout detector was triggered", "brownout")
        raw("", "blank")
        L.tick(0.3)
        boot("0xf (BROWN_OUT_RST)")

    def sntp():
        lg("I", "time", f"SNTP synced: {L.t:%a %b %d %H:%M:%S %Y} (UTC)", "sntp_synced")

    raw("--- esp-idf-monitor 1.4.0 on /dev/ttyACM0 115200 ---", "monitor_banner")
    raw("--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---", "monitor_help")
    boot()
    ev = [(80, reading), (4, wifi_drop), (1.5, tls_error), (0.5, ota), (0.6, panic), (0.3, brownout), (2, sntp)]
    return L.run(ev, None)


# 16 --------------------------------------------------------------- Yocto 5.0 (scarthgap) image builds in GitLab CI (shell executor on a build server), the job logs of several pipelines
#   one after another: the runner's preamble, `bitbake acme-image` in knotty's non-interactive mode (no time stamps: "NOTE: recipe x: task y: Started"),
#   the Build Configuration block, sstate summaries, QA warnings, fetch failures, a compile error with its "Log data follows:" / "| " lines, summaries
@checked
def log_bitbake(seed):
    L = Log("bitbake_gitlab_ci", seed, None, True, False)
    g = L.g
    B = "/builds/acme/acme-yocto"
    RECIPES = [("busybox", "1.36.1-r0", "meta/recipes-core/busybox/busybox_1.36.1.bb"), ("openssl", "3.2.3-r0", "meta/recipes-connectivity/openssl/openssl_3.2.3.bb"),
               ("linux-raspberrypi", "6.6.63+git-r0", "meta-raspberrypi/recipes-kernel/linux/linux-raspberrypi_6.6.bb"), ("systemd", "255.13-r0", "meta/recipes-core/systemd/systemd_255.13.bb"),
               ("glibc", "2.39+git-r0", "meta/recipes-core/glibc/glibc_2.39.bb"), ("python3", "3.12.6-r0", "meta/recipes-devtools/python/python3_3.12.6.bb"),
               ("mosquitto", "2.0.18-r0", "meta-openembedded/meta-networking/recipes-connectivity/mosquitto/mosquitto_2.0.18.bb"),
               ("sensor-daemon", "2.1-r0", "meta-acme/recipes-apps/sensor-daemon/sensor-daemon_2.1.bb"), ("acme-config", "1.0-r0", "meta-acme/recipes-core/acme-config/acme-config_1.0.bb"),
               ("dropbear", "2022.83-r0", "meta/recipes-core/dropbear/dropbear_2022.83.bb"), ("acme-image", "1.0-r0", "meta-acme/recipes-core/images/acme-image.bb")]
    TASKS = ["do_fetch", "do_unpack", "do_patch", "do_prepare_recipe_sysroot", "do_configure", "do_compile", "do_install", "do_package", "do_packagedata", "do_package_write_ipk",
             "do_package_qa", "do_populate_sysroot", "do_populate_lic"]

    def e(text, ev, level=None):
        L.emit(text, ev, level)

    def note(msg, ev):
        e(f"NOTE: {msg}", ev, "NOTE|info")

    def warn(msg, ev):
        e(f"WARNING: {msg}", ev, "WARNING|warn")

    def err(msg, ev):
        e(f"ERROR: {msg}", ev, "ERROR|error")

    def pipeline():
        job = g.num(480000, 499999)
        e(f"Running with gitlab-runner 17.5.3 (12030cf4)", "runner_banner")
        e(f"  on yocto-builder-01 {g.alnum(8)}, system ID: s_{g.hx(12)}", "runner_on")
        e("Preparing the \"shell\" executor", "preparing_executor")
        e("Using Shell (bash) executor...", "using_shell")
        e("Preparing environment", "preparing_env")
        e(f"Running on yocto-builder-01...", "running_on")
        e("Getting source from Git repository", "getting_source")
        e(f"Fetching changes with git depth set to 20...", "fetching_changes")
        e(f"Reinitialized existing Git repository in {B}/.git/", "git_reinitialized")
        e(f"Checking out {g.hx(8)} as detached HEAD (ref is {g.c(['main', 'main', 'feature/ota-v2', 'release/1.4'])})...", "checking_out")
        e("Updating/initializing submodules recursively with git depth set to 20...", "updating_submodules")
        for sm in ["poky", "meta-openembedded", "meta-raspberrypi"]:
            e(f"Synchronizing submodule url for '{sm}'", "sync_submodule")
        e("Executing \"step_script\" stage of the job script", "executing_step")
        e("$ source poky/oe-init-build-env build", "shell_command")
        e("", "blank")
        e("### Shell environment set up for builds. ###", "env_set_up")
        e("", "blank")
        e("You can now run 'bitbake <target>'", "can_now_run")
        e("", "blank")
        e("$ bitbake acme-image", "shell_command")
        e("Loading cache...done.", "loading_cache")
        e(f"Loaded {g.num(4000, 4400)} entries from dependency cache.", "loaded_entries")
        e("Parsing recipes...done.", "parsing_recipes")
        n = g.num(2200, 2300)
        e(f"Parsing of {n} .bb files complete ({n - g.num(0, 5)} cached, {g.num(0, 5)} parsed). {g.num(4000, 4400)} targets, {g.num(300, 400)} skipped, 0 masked, 0 errors.", "parsing_complete")
        note("Resolving any missing task queue dependencies", "resolving_deps")
        e("", "blank")
        e("Build Configuration:", "build_config_header")
        for k, v in [("BB_VERSION", "2.8.0"), ("BUILD_SYS", "x86_64-linux"), ("NATIVELSBSTRING", "ubuntu-22.04"), ("TARGET_SYS", "aarch64-poky-linux"), ("MACHINE", "raspberrypi4-64"),
                     ("DISTRO", "poky"), ("DISTRO_VERSION", "5.0.5"), ("TUNE_FEATURES", "aarch64 crc cortexa72"), ("TARGET_FPU", "")]:
            e(f"{k:<21}= \"{v}\"", "build_config_var")
        for layer in ["meta", "meta-poky"]:
            e(f"{layer:<21}", "build_config_layer")
        e(f"{'meta-yocto-bsp':<21}= \"scarthgap:{g.hx(40)}\"", "build_config_layer_rev")
        for layer in ["meta-oe", "meta-python", "meta-networking"]:
            e(f"{layer:<21}= \"scarthgap:{g.hx(40)}\"", "build_config_layer_rev")
        e(f"{'meta-raspberrypi':<21}= \"scarthgap:{g.hx(40)}\"", "build_config_layer_rev")
        e(f"{'meta-acme':<21}= \"HEAD:{g.hx(40)}\"", "build_config_layer_rev")
        e("", "blank")
        total = g.num(4200, 4600)
        wanted = g.num(3800, 4100)
        local = wanted - g.num(20, 400)
        e(f"Sstate summary: Wanted {wanted} Local {local} Mirrors 0 Missed {wanted - local} Current {g.num(300, 700)} ({local * 100 // wanted}% match, {g.num(90, 99)}% complete)", "sstate_summary")
        e(f"Removing {g.num(1, 40)} stale sstate objects for arch raspberrypi4_64...done.", "removing_stale")
        note("Executing Tasks", "executing_tasks")
        k = 0
        fail = g.r.random() < 0.3
        fetch_warn = g.r.random() < 0.3
        qa = g.r.random() < 0.5
        warns = 0
        for _ in range(g.num(6, 14)):
            k += g.num(1, 90)
            name, ver, path = g.c(RECIPES[:-1])
            note(f"Running setscene task {k} of {wanted} ({B}/poky/{path}:do_populate_sysroot_setscene)" if not path.startswith("meta-") else
                 f"Running setscene task {k} of {wanted} ({B}/{path}:do_populate_sysroot_setscene)", "running_setscene")
            note(f"recipe {name}-{ver}: task do_populate_sysroot_setscene: Started", "task_started")
            note(f"recipe {name}-{ver}: task do_populate_sysroot_setscene: Succeeded", "task_succeeded")
        done = []
        todo = g.r.sample(RECIPES[:-1], g.num(3, 6))
        if fail and RECIPES[7] not in todo:
            todo.append(RECIPES[7])
        for name, ver, path in todo + ([RECIPES[-1]] if not fail else []):
            full = f"{B}/poky/{path}" if path.startswith("meta/") else f"{B}/{path}"
            for t in TASKS if name != "acme-image" else ["do_rootfs", "do_image", "do_image_ext4", "do_image_wic", "do_image_complete", "do_build"]:
                k += g.num(1, 40)
                note(f"Running task {k} of {total} ({full}:{t})", "running_task")
                note(f"recipe {name}-{ver}: task {t}: Started", "task_started")
                if t == "do_fetch" and fetch_warn and name in ("mosquitto", "dropbear", "busybox"):
                    url = {"mosquitto": "https://mosquitto.org/files/source/mosquitto-2.0.18.tar.gz", "dropbear": "http://matt.ucc.asn.au/dropbear/releases/dropbear-2022.83.tar.bz2",
                           "busybox": "https://busybox.net/downloads/busybox-1.36.1.tar.bz2"}[name]
                    warn(f"{name}-{ver} do_fetch: Failed to fetch URL {url}, attempting MIRRORS if available", "fetch_failed_mirrors")
                    warns += 1
                if t == "do_compile" and fail and name == "sensor-daemon":
                    err(f"{name}-{ver} do_compile: oe_runmake failed", "oe_runmake_failed")
                    log = f"{B}/build/tmp/work/cortexa72-poky-linux/sensor-daemon/2.1/temp/log.do_compile.{g.num(10000, 99999)}"
                    err(f"{name}-{ver} do_compile: ExecutionError('{B}/build/tmp/work/cortexa72-poky-linux/sensor-daemon/2.1/temp/run.do_compile.{g.num(10000, 99999)}', 1, None, None)", "execution_error")
                    err(f"Logfile of failure stored in: {log}", "logfile_of_failure")
                    e("Log data follows:", "log_data_follows", "ERROR|error")
                    src = g.c(["src/main.c", "src/mqtt_pub.c", "src/sensor_i2c.c"])
                    fn = g.c(['mqtt_publish_qos', 'i2c_read_block', 'sd_notifyf'])
                    ln = g.num(20, 300)
                    for text, ev, lv in [("| DEBUG: Executing shell function do_compile", "pipe_debug_executing", "DEBUG|debug|ERROR|error"),
                                         ("| NOTE: make -j 16", "pipe_note_make", "NOTE|info|ERROR|error"),
                                         (f"| aarch64-poky-linux-gcc  -mcpu=cortex-a72+crc -mbranch-protection=standard -fstack-protector-strong  -O2 -D_FORTIFY_SOURCE=2 -Wformat -Wformat-security -Werror=format-security --sysroot={B}/build/tmp/work/cortexa72-poky-linux/sensor-daemon/2.1/recipe-sysroot  -O2 -pipe -g -feliminate-unused-debug-types -Wall -Werror -c {src} -o {src[:-2]}.o", "pipe_gcc_command", "ERROR|error"),
                                         (f"| {src}: In function '{g.c(['publish_reading', 'read_sensor', 'main'])}':", "pipe_gcc_in_function", "ERROR|error"),
                                         (f"| {src}:{ln}:{g.num(5, 30)}: error: implicit declaration of function '{fn}' [-Wimplicit-function-declaration]", "pipe_gcc_error", "ERROR|error"),
                                         (f"|   {ln} |     rc = {fn}(ctx, buf, len);", "pipe_gcc_source", "ERROR|error"),
                                         ("|       |          ^~~~~~~~~~~~~~~~", "pipe_gcc_caret", "ERROR|error"),
                                         (f"| cc1: all warnings being treated as errors", "pipe_cc1_werror", "ERROR|error"),
                                         (f"| make: *** [Makefile:24: {src[:-2]}.o] Error 1", "pipe_make_error", "ERROR|error"),
                                         ("| ERROR: oe_runmake failed", "pipe_error_runmake", "ERROR|error"),
                                         ("| WARNING: exit code 1 from a shell command.", "pipe_warning_exit", "WARNING|warn|ERROR|error")]:
                        e(text, ev, lv)
                    err(f"Task ({full}:do_compile) failed with exit code '1'", "task_failed_exit")
                    break
                if t == "do_package_qa" and qa and name in ("sensor-daemon", "acme-config", "mosquitto"):
                    warn(f"{name}-{ver} do_package_qa: QA Issue: File /usr/bin/{name.split('-')[0]}d in package {name} doesn't have GNU_HASH (didn't pass LDFLAGS?) [ldflags]", "qa_ldflags")
                    warns += 1
                note(f"recipe {name}-{ver}: task {t}: Succeeded", "task_succeeded")
                if name == "acme-image" and t == "do_rootfs" and g.r.random() < 0.5:
                    warn(f"acme-image-1.0-r0 do_rootfs: [log_check] acme-image: found 1 warning message in the logfile:", "log_check_found")
                    warn(f"acme-image-1.0-r0 do_rootfs: [log_check] warning: user 'mosquitto' has no password set, login disabled", "log_check_line")
                    warns += 2
            done.append(name)
            if fail and name == "sensor-daemon":
                break
        e(f"NOTE: Tasks Summary: Attempted {total} tasks of which {total - g.num(40, 300)} didn't need to be rerun and {'1 failed' if fail else 'all succeeded'}.", "tasks_summary", "NOTE|info")
        if fail:
            e("", "blank")
            e("Summary: 1 task failed:", "summary_task_failed")
            e(f"  {B}/meta-acme/recipes-apps/sensor-daemon/sensor-daemon_2.1.bb:do_compile", "summary_failed_task")
            e(f"    log: {B}/build/tmp/work/cortexa72-poky-linux/sensor-daemon/2.1/temp/log.do_compile.{g.num(10000, 99999)}", "summary_failed_log")
        if warns:
            e(f"Summary: There {'was' if warns == 1 else 'were'} {warns} WARNING message{'s' if warns > 1 else ''}.", "summary_warnings")
        if fail:
            e("Summary: There was 1 ERROR message, returning a non-zero exit code.", "summary_errors")
            e("Cleaning up project directory and file based variables", "cleaning_up")
            e(f"ERROR: Job failed: exit status 1", "job_failed", "ERROR|error")
        else:
            e("$ ls -lh build/tmp/deploy/images/raspberrypi4-64/acme-image-raspberrypi4-64.rootfs.wic.bz2", "shell_command")
            e(f"-rw-r--r-- 2 gitlab-runner gitlab-runner {g.num(90, 200)}M {L.t:%b} {L.t.day:>2} {g.num(0, 23):02d}:{g.num(0, 59):02d} build/tmp/deploy/images/raspberrypi4-64/acme-image-raspberrypi4-64.rootfs.wic.bz2", "ls_output")
            e("Uploading artifacts for successful job", "uploading_artifacts")
            e("Uploading artifacts...", "uploading_artifacts_dots")
            e(f"build/tmp/deploy/images/raspberrypi4-64/acme-image-raspberrypi4-64.rootfs.wic.bz2: found 1 matching artifact files and directories ", "artifacts_found")
            e(f"Uploading artifacts as \"archive\" to coordinator... 201 Created  id={job} responseStatus=201 Created token={g.alnum(8)}", "artifacts_uploaded")
            e("Cleaning up project directory and file based variables", "cleaning_up")
            e("Job succeeded", "job_succeeded")
        L.tick(3600)

    return L.run([(1, pipeline)], None)


# 17 --------------------------------------------------------------- Project Zomboid 41.78 dedicated server (Linux, SteamCMD), Zomboid/Logs/..._DebugLog-server.txt:
#   "[01-12-26 10:00:00.123] LOG  : General     , 1796119200123> 12,345> message": a day-first two-digit-year stamp, the level, the padded category, the epoch
#   milliseconds and the milliseconds since start; the start-up (mods, hundreds of Lua files), players connecting through the ConnectionManager,
#   anti-cheat kicks, saves, Lua errors with the headerless "STACK TRACE" block and the Java stack under them, restarts
@checked
def log_zomboid(seed):
    L = Log("zomboid_debuglog_server", seed, "full", True, True)
    g = L.g
    LV = {"LOG": "LOG|info", "WARN": "WARN|warn", "ERROR": "ERROR|error", "DEBUG": "DEBUG|debug"}
    PLAYERS = [(n, f"76561198{g.num(10**8, 10**9 - 1):09d}") for n in ["Bob", "xXSniperXx", "Katja", "mr_pancake", "Olli", "Zed_Hunter", "lumberjane", "Tomek", "NoobMaster", "Ferris"]]
    MODS = ["tsarslib", "Arsenal(26)GunFighter[MAIN MOD 2.0]", "Brita", "Brita_2", "BB_CommonSense", "MoreDescriptionForTraits4166", "Hydrocraft", "ServerPoints", "RV_Interior_MP"]
    st = {"start": L.t, "online": {}}

    def z(level, cat, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        up = int((L.t - st["start"]).total_seconds() * 1000)
        ep = int(L.t.timestamp() * 1000)
        L.emit(f"[{L.t:%d-%m-%y %H:%M:%S}.{ms3(L.t)}] {level:<5}: {cat:<12}, {ep}> {up:,}> {msg}", ev, LV[level], cat)
        for text, cev in cont:
            L.emit(text, cev, LV[level], cat)

    def conn_desc(name, sid, ip, guid):
        return f"connection: guid={guid} ip={ip} steam-id={sid} access=\"\" username=\"{name}\" connection-type=\"UDPRakNet\""

    def startup():
        st["start"] = L.t
        z("LOG", "General", "version=41.78.16 demo=false", "version")
        z("LOG", "General", "revision=unknown date= time= (Unknown)", "revision")
        z("LOG", "General", "cachedir set to \"/home/pzserver/Zomboid\"", "cachedir")
        z("LOG", "General", "LogFileDir set to \"/home/pzserver/Zomboid/Logs\"", "logfiledir")
        z("LOG", "Network", "SteamUtils: initialized", "steam_init")
        z("LOG", "Network", "ZNet: SSteamSDK: LogOn (anonymous)", "znet_logon")
        L.tick(1)
        z("LOG", "Network", "ZNet: OnSteamServersConnected", "znet_connected")
        z("LOG", "Network", "ZNet: Public IP: 203.0.113.40", "znet_public_ip")
        for m in MODS:
            z("LOG", "Mod", f"loading {m}", "mod_loading")
        for d in ["shared", "client", "server"]:
            for f in g.r.sample(["Definitions/ContainerButtonIcons.lua", "ISUI/ISInventoryPane.lua", "TimedActions/ISReadABook.lua", "Items/Distributions.lua", "Items/ProceduralDistributions.lua",
                                 "Vehicles/Vehicles.lua", "NPCs/MainCreationMethods.lua", "Foraging/forageDefinitions.lua", "Sandbox/SandboxVars.lua", "Translate/EN/UI_EN.txt",
                                 "RecipeCode.lua", "luautils.lua", "Map/CGlobalObjectSystem.lua", "XpSystem/XpUpdate.lua", "ServerPoints_Server.lua", "BB_CommonSense/ISPryOpen.lua",
                                 "Hydrocraft/HCRecipeCode.lua", "Arsenal26_Distribution.lua"], g.num(6, 12)):
                z("LOG", "Lua", f"Loading: media/lua/{d}/{f}", "lua_loading")
        z("LOG", "General", f"Loading world \"servertest\"", "loading_world")
        L.tick(20)
        z("LOG", "General", f"Reading map_sand.bin, {g.num(1000, 9000)} zombies loaded", "zombies_loaded")
        z("LOG", "Network", "server is listening on port 16261 (for all players)", "listening")
        z("LOG", "General", "*** SERVER STARTED ****", "server_started")

    def join():
        free = [p for p in PLAYERS if p[0] not in st["online"]]
        if not free:
            return leave()
        name, sid = g.c(free)
        ip = g.ip("pub")
        guid = g.num(10**17, 10**18)
        st["online"][name] = (sid, ip, guid)
        z("LOG", "Network", f"[RakNet]: \"new-incoming-connection\" {conn_desc(name, sid, ip, guid).split(' username')[0]}", "raknet_incoming")
        z("LOG", "Multiplayer", f"ConnectionManager: [receive-packet] \"client-connect\" {conn_desc(name, sid, ip, guid)}", "cm_receive_connect")
        L.tick(3)
        z("LOG", "Multiplayer", f"ConnectionManager: [fully-connected] \"\" {conn_desc(name, sid, ip, guid)}", "cm_fully_connected")
        z("LOG", "General", f"player \"{name}\" spawned at {g.num(10500, 11000)},{g.num(9000, 10500)},0", "player_spawned")

    def leave():
        if not st["online"]:
            return join()
        name = g.c(list(st["online"]))
        sid, ip, guid = st["online"].pop(name)
        why = g.c(["receive-disconnect", "receive-disconnect", "connection-lost", "timeout"])
        z("LOG", "Multiplayer", f"ConnectionManager: [disconnect] \"{why}\" {conn_desc(name, sid, ip, guid)}", "cm_disconnect")
        z("LOG", "Network", f"Disconnected player \"{name}\" {sid}", "disconnected_player")

    def kick():
        if not st["online"]:
            return join()
        name = g.c(list(st["online"]))
        sid, ip, guid = st["online"].pop(name)
        t = g.c(["Type4", "Type12", "Safety", "PacketRakNet"])
        z("WARN", "Multiplayer", f"AntiCheat{t}.act> Kick: player=\"{name}\" type=\"{t}\" issuer=\"Server\"", "anticheat_kick")
        z("LOG", "Multiplayer", f"ConnectionManager: [kick] \"UI_Policy_Kick\" {conn_desc(name, sid, ip, guid)}", "cm_kick")
        z("LOG", "Network", f"Disconnected player \"{name}\" {sid}", "disconnected_player")

    def died():
        if not st["online"]:
            return
        name = g.c(list(st["online"]))
        z("LOG", "General", f"user {name} died at ({g.num(10500, 11000)},{g.num(9000, 10500)},{g.num(0, 2)}) (non pvp)", "player_died")

    def save():
        z("LOG", "General", "Autosaving world...", "autosaving")
        L.tick(2)
        z("LOG", "General", f"Autosave complete in {g.num(300, 6000)} ms ({g.num(100, 2000)} chunks)", "autosave_complete")

    def lua_error():
        fn, f, ln, mod = g.c([("onPlayerUpdate", "ServerPoints_Server.lua", 42, "Server Points"), ("ISPryOpen:perform", "ISPryOpen.lua", 118, "Common Sense"),
                              ("HCOnTick", "HCRecipeCode.lua", 2211, "Hydrocraft"), ("onZombieDead", "Arsenal26_Distribution.lua", 77, "Arsenal(26)GunFighter")])
        z("LOG", "General", "-----------------------------------------", "lua_dash_line", [("STACK TRACE", "lua_stack_trace"), ("-----------------------------------------", "lua_dash_plain"),
                                                                            (f"function: {fn} -- file: {f} line # {ln} | MOD: {mod}", "lua_function_line")])
        what = g.c(["attempted index: getModData of non-table: null", "attempted index: getInventory of non-table: null", "Object tried to call nil in " + fn.split(":")[-1],
                    "__len not defined for operand"])
        z("ERROR", "General", f"ExceptionLogger.logException> Exception thrown java.lang.RuntimeException: {what} at KahluaThread.tableget line:1689.", "exception_thrown")
        frames = ["\tat se.krka.kahlua.vm.KahluaThread.tableget(KahluaThread.java:1689)", "\tat se.krka.kahlua.vm.KahluaThread.luaMainloop(KahluaThread.java:641)",
                  "\tat se.krka.kahlua.vm.KahluaThread.call(KahluaThread.java:163)", "\tat se.krka.kahlua.vm.KahluaThread.pcall(KahluaThread.java:1980)",
                  "\tat se.krka.kahlua.vm.KahluaThread.pcallvoid(KahluaThread.java:1812)", "\tat se.krka.kahlua.integration.LuaCaller.pcallvoid(LuaCaller.java:66)",
                  "\tat se.krka.kahlua.integration.LuaCaller.protectedCallVoid(LuaCaller.java:139)", "\tat zombie.Lua.Event.trigger(Event.java:64)",
                  "\tat zombie.Lua.LuaEventManager.triggerEvent(LuaEventManager.java:87)", "\tat zombie.network.GameServer.main(GameServer.java:1012)"]
        z("ERROR", "General", "DebugLogStream.printException> Stack trace:", "stack_trace_header", [(f"java.lang.RuntimeException: {what}", "exception_line")] + [(x, "java_frame") for x in frames[:g.num(5, 10)]])

    def java_error():
        z("ERROR", "General", "ExceptionLogger.logException> Exception thrown java.lang.NullPointerException: Cannot invoke \"zombie.iso.IsoGridSquare.getChunk()\" because \"square\" is null at IsoObject.update line:2120.", "exception_thrown")
        frames = ["\tat zombie.iso.IsoObject.update(IsoObject.java:2120)", "\tat zombie.iso.objects.IsoGenerator.update(IsoGenerator.java:163)",
                  "\tat zombie.iso.IsoCell.ProcessObjects(IsoCell.java:1412)", "\tat zombie.iso.IsoCell.update(IsoCell.java:4711)",
                  "\tat zombie.iso.IsoWorld.updateInternal(IsoWorld.java:2941)", "\tat zombie.iso.IsoWorld.update(IsoWorld.java:2853)", "\tat zombie.network.GameServer.main(GameServer.java:1040)"]
        z("ERROR", "General", "DebugLogStream.printException> Stack trace:", "stack_trace_header",
          [("java.lang.NullPointerException: Cannot invoke \"zombie.iso.IsoGridSquare.getChunk()\" because \"square\" is null", "exception_line")] + [(x, "java_frame") for x in frames])

    def rcon():
        cmd = g.c(["players", "save", "servermsg \"Restart in 10 minutes\"", "additem \"Katja\" Base.Axe", "teleport \"Bob\" \"Katja\""])
        z("LOG", "Network", f"RCON: new client connection from 127.0.0.1:{g.port()}", "rcon_connection")
        z("LOG", "General", f"RCON: command \"{cmd}\" executed by admin", "rcon_command")

    def zombies():
        z("LOG", "General", f"zombies: total={g.num(2000, 9000)} simulated={g.num(100, 900)} culled={g.num(0, 90)} reanimated={g.num(0, 30)}", "zombie_stats")

    def chunk_warn():
        z("WARN", "General", f"IsoChunk.loadInWorldStreamerThread> chunk {g.num(1000, 1400)},{g.num(900, 1200)} has no data, generating", "chunk_no_data")

    def restart():
        for _ in list(st["online"]):
            leave()
        z("LOG", "General", "RCON: command \"quit\" executed by admin", "rcon_command")
        z("LOG", "General", "server is shutting down", "shutting_down")
        z("LOG", "Network", "ZNet: SSteamSDK: LogOff", "znet_logoff")
        L.tick(60)
        startup()

    startup()
    ev = [(12, join), (11, leave), (1.2, kick), (3, died), (5, save), (2, lua_error), (0.7, java_error), (1.5, rcon), (6, zombies), (3, chunk_warn), (0.25, restart)]
    return L.run(slowed(L, ev, 120), None)



# 18 --------------------------------------------------------------- pacman 7.0 /var/log/pacman.log of an Arch Linux workstation in Berlin (local time with its offset, "+0100", "+0200" from the end of March):
#   "[2026-12-01T10:00:00+0100] [ALPM] upgraded linux (6.12.1.arch1-1 -> 6.12.4.arch1-1)"; months of `pacman -Syu`, AUR builds installed by yay,
#   hooks and the scriptlets' own output (mkinitcpio, DKMS, systemd) under [ALPM-SCRIPTLET], .pacnew warnings, a failed transaction
@checked
def log_pacman(seed):
    L = Log("pacman_log", seed, "full", True, True)
    g = L.g
    PKGS = {"linux": "6.12.1.arch1-1", "linux-headers": "6.12.1.arch1-1", "linux-firmware": "20241111.b5885ec5-1", "mesa": "1:24.2.7-1", "systemd": "256.8-1", "systemd-libs": "256.8-1",
            "glibc": "2.40+r16+gaa533d58ff-2", "firefox": "133.0-1", "thunderbird": "128.5.0-1", "python": "3.12.7-1", "openssl": "3.4.0-1", "nvidia-dkms": "565.57.01-2",
            "nvidia-utils": "565.57.01-2", "pipewire": "1:1.2.6-1", "wireplumber": "0.5.6-1", "plasma-workspace": "6.2.3-1", "kwin": "6.2.3-1", "qt6-base": "6.8.0-3",
            "gtk4": "1:4.16.7-1", "vim": "9.1.0866-1", "git": "2.47.0-1", "curl": "8.11.0-1", "docker": "1:27.3.1-1", "nodejs": "23.2.0-1", "rust": "1:1.82.0-1",
            "pacman-mirrorlist": "20241101-1", "tzdata": "2024b-2", "ca-certificates-mozilla": "3.106-1", "libreoffice-fresh": "24.8.3-1", "vlc": "3.0.21-5", "steam": "1.0.0.81-2"}
    AUR = ["visual-studio-code-bin", "spotify", "zoom", "yay", "google-chrome"]

    def berlin(t):
        """CET, or CEST from the last Sunday of March to the last Sunday of October (01:00 UTC)."""
        def last_sunday(m):
            d = dt.datetime(t.year, m, 31, 1, 0, tzinfo=UTC)
            return d - dt.timedelta(days=(d.weekday() + 1) % 7)
        return dt.timezone(dt.timedelta(hours=2 if last_sunday(3) <= t < last_sunday(10) else 1))

    def a(tag, msg, ev, level=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        lt = L.t.astimezone(berlin(L.t))
        L.emit(f"[{lt:%Y-%m-%dT%H:%M:%S}{lt:%z}] [{tag}] {msg}", ev, level, tag)

    def bump(v):
        head, _, rel = v.rpartition("-")
        base, plus, rest = head.partition("+")
        parts = base.split(".")
        for i in range(len(parts) - 1, -1, -1):
            num = parts[i].rsplit(":", 1)[-1]
            if num.isdigit():
                parts[i] = parts[i][:len(parts[i]) - len(num)] + str(int(num) + g.num(1, 3))
                break
        return ".".join(parts) + plus + rest + "-" + str(g.num(1, 2))

    def scriptlet(text, ev, level=None):
        a("ALPM-SCRIPTLET", text, ev, level)

    def mkinitcpio(kver):
        for preset, img in [("default", "/boot/initramfs-linux.img"), ("fallback", "/boot/initramfs-linux-fallback.img")]:
            scriptlet(f"==> Building image from preset: /etc/mkinitcpio.d/linux.preset: '{preset}'", "mkinit_building_preset")
            scriptlet(f"==> Using default configuration file: '/etc/mkinitcpio.conf'", "mkinit_default_config") if preset == "default" else None
            scriptlet(f"  -> -k /boot/vmlinuz-linux -g {img}{' -S autodetect' if preset == 'fallback' else ''}", "mkinit_args")
            scriptlet(f"==> Starting build: '{kver}'", "mkinit_starting_build")
            for hook in ["base", "systemd", "autodetect", "microcode", "modconf", "kms", "keyboard", "sd-vconsole", "block", "filesystems", "fsck"]:
                if preset == "fallback" and hook == "autodetect":
                    continue
                scriptlet(f"  -> Running build hook: [{hook}]", "mkinit_build_hook")
                if hook == "block" and preset == "fallback":
                    for fw in ["qla2xxx", "bfa", "qed", "aic94xx"]:
                        scriptlet(f"==> WARNING: Possibly missing firmware for module: '{fw}'", "mkinit_missing_firmware", "WARNING|warn")
            scriptlet("==> Generating module dependencies", "mkinit_module_deps")
            scriptlet(f"==> Creating zstd-compressed initcpio image: '{img}'", "mkinit_creating_image")
            scriptlet("  -> Early uncompressed CPIO image generation successful", "mkinit_early_ok")
            scriptlet("==> Initcpio image generation successful", "mkinit_success")

    def syu():
        cmd = g.c(["pacman -Syu", "pacman -Syu", "pacman -Syu --noconfirm", "pacman -S -y -u --config /etc/pacman.conf --"])
        a("PACMAN", f"Running '{cmd}'", "pacman_running")
        a("PACMAN", "synchronizing package lists", "sync_lists")
        a("PACMAN", "starting full system upgrade", "full_upgrade")
        pk = g.r.sample(sorted(PKGS), g.num(4, 18))
        if "linux" in pk and "linux-headers" not in pk:
            pk.append("linux-headers")
        if g.r.random() < 0.04:
            a("PACMAN", "error: failed to commit transaction (conflicting files)", "failed_commit", "error")
            a("PACMAN", f"python-pip: /usr/lib/python3.12/site-packages/pip/__init__.py exists in filesystem", "file_exists_in_fs")
            a("PACMAN", "Errors occurred, no packages were upgraded.", "errors_occurred")
            return
        a("ALPM", "transaction started", "transaction_started")
        for p in sorted(pk):
            old = PKGS[p]
            new = bump(old)
            PKGS[p] = new
            a("ALPM", f"upgraded {p} ({old} -> {new})", "upgraded")
            if p in ("systemd", "pacman-mirrorlist") and g.r.random() < 0.3:
                f = {"systemd": "/etc/systemd/journald.conf", "pacman-mirrorlist": "/etc/pacman.d/mirrorlist"}[p]
                a("ALPM", f"warning: {f} installed as {f}.pacnew", "installed_as_pacnew", "warning")
            if p == "systemd":
                scriptlet(f"Creating group 'systemd-{g.c(['coredump', 'network', 'journal-remote'])}' with GID {g.num(900, 999)}.", "systemd_creating_group")
        if g.r.random() < 0.15:
            new = g.c(["python-packaging", "libdisplay-info", "gnome-keyring", "noto-fonts-emoji", "spirv-tools"])
            a("ALPM", f"installed {new} ({g.num(1, 30)}.{g.num(0, 9)}.{g.num(0, 9)}-1)", "installed")
        a("ALPM", "transaction completed", "transaction_completed")
        hooks = ["20-systemd-sysusers.hook", "30-systemd-daemon-reload-system.hook", "30-systemd-tmpfiles.hook", "30-systemd-udev-reload.hook", "30-systemd-update.hook"]
        if any(p.startswith("nvidia") or p.startswith("linux") for p in pk):
            hooks.append("70-dkms-install.hook")
        if "linux" in pk:
            hooks.append("90-mkinitcpio-install.hook")
        hooks += ["dbus-reload.hook", "gtk-update-icon-cache.hook", "texinfo-install.hook", "update-desktop-database.hook", "update-mime-database.hook"]
        for h in hooks:
            if h.startswith(("gtk", "texinfo", "update-", "dbus")) and g.r.random() < 0.5:
                continue
            a("ALPM", f"running '{h}'...", "running_hook")
            if h == "70-dkms-install.hook":
                k = PKGS["linux"].replace(".arch", "-arch").rsplit("-", 1)[0]
                scriptlet(f"==> dkms install --no-depmod nvidia/{PKGS['nvidia-dkms'].split('-')[0]} -k {k}", "dkms_install")
                scriptlet(f"==> depmod {k}", "dkms_depmod")
            if h == "90-mkinitcpio-install.hook":
                mkinitcpio(PKGS["linux"].replace(".arch", "-arch").rsplit("-", 1)[0])
            if h == "30-systemd-daemon-reload-system.hook" and g.r.random() < 0.2:
                scriptlet("  Skipped: Current root is not booted.", "systemd_skipped")
        L.t += dt.timedelta(days=g.num(1, 5), hours=g.num(0, 10))

    def aur():
        pk = g.c(AUR)
        ver = f"{g.num(1, 130)}.{g.num(0, 99)}.{g.num(0, 9)}-1"
        a("PACMAN", f"Running 'pacman -S --config /etc/pacman.conf -- extra/{g.c(['electron32', 'libxss', 'gtk3'])}'", "pacman_running") if g.r.random() < 0.3 else None
        a("PACMAN", f"Running 'pacman -U --config /etc/pacman.conf -- /home/jonas/.cache/yay/{pk}/{pk}-{ver}-x86_64.pkg.tar.zst'", "pacman_running")
        a("ALPM", "transaction started", "transaction_started")
        if g.r.random() < 0.5:
            a("ALPM", f"installed {pk} ({ver})", "installed")
        else:
            a("ALPM", f"reinstalled {pk} ({ver})", "reinstalled")
        a("ALPM", "transaction completed", "transaction_completed")
        a("ALPM", "running '30-systemd-update.hook'...", "running_hook")
        a("ALPM", "running 'update-desktop-database.hook'...", "running_hook")
        L.t += dt.timedelta(hours=g.num(1, 30))

    def install():
        pk = g.c(["htop", "btop", "ncdu", "nmap", "wireshark-qt", "obs-studio", "gimp", "inkscape", "kdenlive", "podman", "ripgrep", "fd", "bat"])
        a("PACMAN", f"Running 'pacman -S {pk}'", "pacman_running")
        a("ALPM", "transaction started", "transaction_started")
        for d in g.r.sample(["libpcap", "lua53", "qt6-multimedia", "libmicrodns", "onevpl", "python-cairo", "ffmpeg", "libwebp"], g.num(0, 3)):
            a("ALPM", f"installed {d} ({g.num(1, 9)}.{g.num(0, 20)}.{g.num(0, 9)}-{g.num(1, 3)})", "installed")
        a("ALPM", f"installed {pk} ({g.num(1, 40)}.{g.num(0, 20)}.{g.num(0, 9)}-{g.num(1, 3)})", "installed")
        if pk == "wireshark-qt":
            scriptlet("Creating group 'wireshark' with GID 968.", "systemd_creating_group")
        a("ALPM", "transaction completed", "transaction_completed")
        a("ALPM", "running '30-systemd-update.hook'...", "running_hook")
        L.t += dt.timedelta(hours=g.num(1, 30))

    def remove():
        pk = g.c(["htop", "nmap", "obs-studio", "zoom", "spotify", "gimp"])
        a("PACMAN", f"Running 'pacman -Rns {pk}'", "pacman_running")
        a("ALPM", "transaction started", "transaction_started")
        a("ALPM", f"removed {pk} ({g.num(1, 40)}.{g.num(0, 20)}.{g.num(0, 9)}-{g.num(1, 3)})", "removed")
        if g.r.random() < 0.3:
            a("ALPM", f"warning: /etc/{pk}/{pk}.conf saved as /etc/{pk}/{pk}.conf.pacsave", "saved_as_pacsave", "warning")
        a("ALPM", "transaction completed", "transaction_completed")
        L.t += dt.timedelta(hours=g.num(1, 30))

    def downgrade():
        pk = g.c(["mesa", "nvidia-utils", "kwin"])
        a("PACMAN", f"Running 'pacman -U /var/cache/pacman/pkg/{pk}-{PKGS[pk]}-x86_64.pkg.tar.zst'", "pacman_running")
        a("ALPM", "transaction started", "transaction_started")
        a("ALPM", f"downgraded {pk} ({bump(PKGS[pk])} -> {PKGS[pk]})", "downgraded")
        a("ALPM", "transaction completed", "transaction_completed")
        L.t += dt.timedelta(hours=g.num(1, 30))

    ev = [(10, syu), (2, aur), (2, install), (1, remove), (0.4, downgrade)]
    return L.run(ev, None)


# 19 --------------------------------------------------------------- rclone 1.68 nightly backups from cron (`rclone sync /srv/photos b2:acme-photos/photos -v --stats 1m --transfers 8
#   --log-file /var/log/rclone.log` and a copy of database dumps): "2026/12/01 02:00:03 INFO  : path: Copied (new)", the multi-line stats block every
#   minute (its first line an empty INFO message, then "Transferred:", "Checks:", ... and the "Transferring:" rows, a blank line), permission errors,
#   retries, a run that fails
@checked
def log_rclone(seed):
    L = Log("rclone_cron_log", seed, "full", True, False)
    g = L.g
    LV = {"INFO": "INFO|info", "NOTICE": "NOTICE|notice", "ERROR": "ERROR|error", "CRITICAL": "CRITICAL|crit"}

    def r(level, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {level:<6}: {msg}", ev, LV[level])
        for text, cev in cont:
            L.emit(text, cev, LV[level])

    def size(b):
        for unit, k in [("GiB", 2 ** 30), ("MiB", 2 ** 20), ("KiB", 2 ** 10)]:
            if b >= k:
                return f"{b / k:.3f} {unit}"
        return f"{b} B"

    def short(b):
        return size(b).replace(" GiB", "Gi").replace(" MiB", "Mi").replace(" KiB", "Ki")

    def dur(s):
        h, rem = divmod(s, 3600)
        m, sec = divmod(rem, 60)
        return (f"{int(h)}h" if h else "") + (f"{int(m)}m" if h or m else "") + f"{sec:.1f}s"

    def stats(done, total, files_done, files_total, checks, deleted, errors, elapsed, active):
        pct = int(done * 100 / total) if total else 0
        speed = done / max(elapsed, 1)
        eta = "-" if not active else f"{int((total - done) / max(speed, 1) // 60)}m{int((total - done) / max(speed, 1) % 60)}s"
        rows = [(f"Transferred:   \t  {size(done)} / {size(total)}, {pct}%, {size(speed)}/s, ETA {eta}", "st_transferred_bytes")]
        if errors:
            rows.append((f"Errors:                 {errors} (retrying may help)", "st_errors"))
        rows.append((f"Checks:              {checks} / {checks}, 100%", "st_checks"))
        if deleted:
            rows.append((f"Deleted:                {deleted} (files), 0 (dirs)", "st_deleted"))
        rows.append((f"Transferred:           {files_done} / {files_total}, {int(files_done * 100 / files_total) if files_total else 100}%", "st_transferred_files"))
        rows.append((f"Elapsed time:       {dur(elapsed)}", "st_elapsed"))
        if active:
            rows.append(("Transferring:", "st_transferring"))
            for name, sz in active:
                p = g.num(0, 100)
                rows.append((f" * {name:>40}:{p:3d}% /{short(sz)}, {short(g.num(100000, 9000000))}/s, {g.num(0, 9)}m{g.num(0, 59)}s", "st_transferring_row"))
        rows.append(("", "st_blank"))
        r("INFO", "", "stats_empty", rows)

    def photo():
        y = g.c([2024, 2025, 2026])
        kind = g.c(["IMG", "IMG", "IMG", "VID", "PXL"])
        ext = {"IMG": g.c(["jpg", "HEIC"]), "VID": "mp4", "PXL": "jpg"}[kind]
        return f"{y}/{g.num(1, 12):02d}/{kind}_{y}{g.num(1, 12):02d}{g.num(1, 28):02d}_{g.num(0, 23):02d}{g.num(0, 59):02d}{g.num(0, 59):02d}.{ext}", (g.num(2, 12) * 2 ** 20 if kind != "VID" else g.num(40, 900) * 2 ** 20)

    def sync_run():
        L.t = L.t.replace(hour=2, minute=0, second=g.num(1, 5)) + dt.timedelta(days=1)
        t0 = L.t
        n = g.c([0, 0, g.num(1, 10), g.num(5, 60), g.num(30, 200)])
        files = [photo() for _ in range(n)]
        total = sum(s for _, s in files)
        checks = g.num(40000, 46000)
        done = 0
        k = 0
        errors = 0
        deleted = 0
        last_stats = L.t
        if n == 0:
            L.t += dt.timedelta(seconds=g.num(40, 100))
            r("INFO", "B2 bucket acme-photos path photos: Waiting for checks to finish", "waiting_checks")
            r("INFO", "There was nothing to transfer", "nothing_to_transfer")
        for name, sz in files:
            L.t += dt.timedelta(seconds=sz / (6 * 2 ** 20) * g.r.uniform(0.5, 1.5))
            if (L.t - last_stats).total_seconds() >= 60:
                last_stats = L.t
                stats(done, total, k, n, checks, deleted, errors, (L.t - t0).total_seconds(), [photo() for _ in range(g.num(1, 4))])
            if name.endswith(".HEIC") and g.r.random() < 0.05:
                r("ERROR", f"{name}: Failed to copy: failed to open source object: open /srv/photos/{name}: permission denied", "failed_copy_permission")
                errors += 1
                continue
            if g.r.random() < 0.02:
                r("NOTICE", f"{name.rsplit('/', 1)[0]}/.thumbs/{name.rsplit('/', 1)[1]}: Can't follow symlink without -L/--copy-links", "cant_follow_symlink")
            done += sz
            k += 1
            r("INFO", f"{name}: Copied ({'new' if g.r.random() < 0.9 else 'replaced existing'})", "copied")
        if n:
            r("INFO", "B2 bucket acme-photos path photos: Waiting for checks to finish", "waiting_checks")
            r("INFO", "B2 bucket acme-photos path photos: Waiting for transfers to finish", "waiting_transfers")
        if errors:
            r("ERROR", "B2 bucket acme-photos path photos: not deleting files as there were IO errors", "not_deleting_files")
            r("ERROR", "B2 bucket acme-photos path photos: not deleting directories as there were IO errors", "not_deleting_dirs")
            r("ERROR", f"Attempt 1/3 failed with {errors} errors and: failed to open source object: open /srv/photos/{files[0][0]}: permission denied", "attempt_failed")
            if g.r.random() < 0.5:
                L.tick(60)
                r("INFO", "Attempt 2/3 succeeded", "attempt_succeeded")
                errors = 0
        elif n and g.r.random() < 0.3:
            for _ in range(g.num(1, 4)):
                deleted += 1
                r("INFO", f"{photo()[0]}: Deleted", "deleted")
        stats(done, total, k, n, checks, deleted, errors, (L.t - t0).total_seconds(), [])
        if errors:
            r("CRITICAL", f"Failed to sync with {errors} errors: last error was: failed to open source object: open /srv/photos/{files[0][0]}: permission denied", "failed_to_sync")

    def db_run():
        L.t = max(L.t + dt.timedelta(minutes=5), L.t.replace(hour=3, minute=30, second=g.num(1, 5)))
        t0 = L.t
        name = f"shop-{L.t:%Y%m%d}-0300.sql.zst"
        sz = g.num(700, 900) * 2 ** 20
        L.t += dt.timedelta(seconds=sz / (8 * 2 ** 20))
        if g.r.random() < 0.08:
            r("ERROR", f"{name}: Failed to copy: Post \"https://pod-000-1234-05.backblaze.com/b2api/v1/b2_upload_part/{g.hx(24)}/0042\": dial tcp: lookup pod-000-1234-05.backblaze.com: i/o timeout", "failed_copy_post")
            r("ERROR", f"Attempt 1/3 failed with 1 errors and: Post \"https://pod-000-1234-05.backblaze.com/b2api/v1/b2_upload_part/{g.hx(24)}/0042\": dial tcp: lookup pod-000-1234-05.backblaze.com: i/o timeout", "attempt_failed")
            L.tick(30)
            r("INFO", "Attempt 2/3 succeeded", "attempt_succeeded")
        r("INFO", f"{name}: Copied (new)", "copied")
        stats(sz, sz, 1, 1, g.num(20, 40), 0, 0, (L.t - t0).total_seconds(), [])

    def night():
        sync_run()
        db_run()

    return L.run([(1, night)], None)



# 20 --------------------------------------------------------------- TeamSpeak 3 Server 3.13.7 (Linux, SQLite) of a gaming community, logs/ts3server_2026-12-01__10_00_00.123456_1.log:
#   pipe-separated columns "2026-12-01 10:00:00.123456|INFO    |VirtualServerBase|1  |message" (level padded to 8, channel to 14, virtual server id
#   to 3, some columns empty); the start-up with its licence block, clients connecting and leaving, channels, server groups, kicks and bans,
#   ServerQuery logins and brute-force attempts, file transfers, a restart
@checked
def log_teamspeak(seed):
    L = Log("teamspeak3_server", seed, "full", True, True)
    g = L.g
    LV = {"INFO": "INFO|info", "WARNING": "WARNING|warn", "ERROR": "ERROR|error", "CRITICAL": "CRITICAL|crit", "DEVELOP": "DEVELOP|debug"}
    NAMES = ["Bob", "Katja", "xXSniperXx", "mr_pancake", "Olli", "Zed_Hunter", "lumberjane", "Tomek", "NoobMaster", "Ferris", "Captain Ahab", "Ms. Frizzle"]
    CHANNELS = {1: "Lobby", 2: "AFK", 3: "CS2 Team 1", 4: "CS2 Team 2", 5: "Valheim", 6: "Chill Zone", 7: "Admin"}
    st = {"cid": 20, "clid": 1, "online": {}, "chan": 30, "tmp": {}}

    def ts(level, chan, sid, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(100, 900000))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}|{level:<8}|{chan:<14}|{sid:<3}|{msg}", ev, LV[level], chan or None)

    def startup():
        ts("INFO", "ServerLibPriv", "", "TeamSpeak 3 Server 3.13.7 (2022-06-20 12:21:53)", "server_version")
        ts("INFO", "ServerLibPriv", "", "SystemInformation: Linux 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64 Binary: 64bit", "system_information")
        ts("INFO", "ServerLibPriv", "", "Using hardware aes", "hardware_aes")
        ts("INFO", "DatabaseQuery", "", "dbPlugin name:    SQLite3 plugin, Version 3, (c)TeamSpeak Systems GmbH", "db_plugin_name")
        ts("INFO", "DatabaseQuery", "", "dbPlugin version: 3.11.1", "db_plugin_version")
        ts("INFO", "DatabaseQuery", "", "checking database integrity (may take a while)", "db_integrity")
        ts("INFO", "Accounting", "", "Licensing Information", "lic_header")
        for k, v in [("licensed to       ", "Anonymous"), ("type              ", "No License"), ("starting date     ", "Tue Dec  1 00:00:00 2026"),
                     ("ending date       ", "Sat Jan 30 00:00:00 2027"), ("max virtualservers", "1"), ("max slots         ", "32")]:
            ts("INFO", "Accounting", "", f"{k}: {v}", "lic_field")
        ts("INFO", "", "", f"Puzzle precompute time: {g.num(800, 3000)}", "puzzle_precompute")
        ts("INFO", "FileManager", "", "listening on 0.0.0.0:30033, [::]:30033", "filemanager_listening")
        ts("INFO", "VirtualServer", "1", "listening on 0.0.0.0:9987, [::]:9987", "vs_listening")
        ts("INFO", "VirtualServer", "1", "server is running", "vs_running")
        ts("INFO", "VirtualSvrMgr", "", "executing monthly interval", "monthly_interval")
        ts("INFO", "VirtualSvrMgr", "", "reset virtualserver traffic statistics", "reset_traffic")
        ts("INFO", "CIDRManager", "", "updated query_ip_allowlist ips: 127.0.0.1/32, ::1/128, ", "query_allowlist")
        ts("INFO", "Query", "", "listening for query on 0.0.0.0:10011, [::]:10011", "query_listening")
        ts("INFO", "", "", "Server Query SSH listening on 0.0.0.0:10022, [::]:10022", "ssh_query_listening")
        ts("INFO", "Query", "", "listening for http query on 0.0.0.0:10080, [::]:10080", "http_query_listening")

    def cl(name, clid):
        return f"'{name}'(id:{clid})"

    def connect():
        free = [n for n in NAMES if n not in st["online"]]
        if not free:
            return disconnect()
        n = g.c(free)
        st["clid"] += 1
        st["online"][n] = st["clid"]
        ts("INFO", "VirtualServerBase", "1", f"client connected {cl(n, st['clid'])} from {g.ip('pub')}:{g.port()}", "client_connected")

    def disconnect():
        if not st["online"]:
            return connect()
        n = g.c(list(st["online"]))
        clid = st["online"].pop(n)
        why = g.c(["reasonmsg=leaving", "reasonmsg=connection lost", "reasonmsg=gute nacht", "reasonmsg"])
        if why == "reasonmsg=connection lost" and g.r.random() < 0.5:
            ts("INFO", "VirtualServerBase", "1", f"client disconnected {cl(n, clid)} reason 'reasonmsg=connection lost'", "client_disconnected")
        else:
            ts("INFO", "VirtualServerBase", "1", f"client disconnected {cl(n, clid)} reason '{why}'", "client_disconnected")

    def channel():
        if not st["online"]:
            return connect()
        n = g.c(list(st["online"]))
        if st["tmp"] and g.r.random() < 0.5:
            cid, name = st["tmp"].popitem()
            ts("INFO", "VirtualServerBase", "1", f"channel '{name}'(id:{cid}) deleted by 'server'(id:0)", "channel_deleted")
            return
        st["chan"] += 1
        name = g.c(["Raid night", "Squad", "Talk", "Among Us", "LoL 5v5", "Quiet room"]) + f" {g.num(1, 99)}"
        st["tmp"][st["chan"]] = name
        ts("INFO", "VirtualServerBase", "1", f"channel '{name}'(id:{st['chan']}) created as sub channel of '{g.c(list(CHANNELS.values()))}'(id:{g.num(1, 7)}) by {cl(n, st['online'][n])}", "channel_created_sub")

    def edit():
        if not st["online"]:
            return connect()
        n = g.c(list(st["online"]))
        cid = g.num(1, 7)
        ts("INFO", "VirtualServerBase", "1", f"channel '{CHANNELS[cid]}'(id:{cid}) edited by {cl(n, st['online'][n])}", "channel_edited")

    def groups():
        if not st["online"]:
            return connect()
        n = g.c(list(st["online"]))
        grp, gid = g.c([("Member", 7), ("Moderator", 9), ("Raider", 11), ("Muted", 13)])
        adm = g.c(["Admin", "Captain Ahab"])
        if g.r.random() < 0.7:
            ts("INFO", "VirtualServerBase", "1", f"client (id:{st['online'][n]}) was added to servergroup '{grp}'(id:{gid}) by client '{adm}'(id:{g.num(2, 20)})", "added_to_servergroup")
        else:
            ts("INFO", "VirtualServerBase", "1", f"client (id:{st['online'][n]}) was removed from servergroup '{grp}'(id:{gid}) by client '{adm}'(id:{g.num(2, 20)})", "removed_from_servergroup")

    def kick():
        if not st["online"]:
            return connect()
        n = g.c(list(st["online"]))
        clid = st["online"].pop(n)
        why = g.c(["spam", "afk", "language", "soundboard"])
        if g.r.random() < 0.7:
            ts("INFO", "VirtualServerBase", "1", f"client disconnected {cl(n, clid)} reason 'invokerid={g.num(2, 20)} invokername=Admin invokeruid={g.alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}= reasonmsg={why}'", "client_disconnected")
        else:
            bt = g.c([600, 3600, 86400, 0])
            ts("INFO", "VirtualServerBase", "1", f"ban added reason='{why}' cluid='{g.alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=' bantime={bt} by client 'Admin'(id:{g.num(2, 20)})", "ban_added")
            ts("INFO", "VirtualServerBase", "1", f"client disconnected {cl(n, clid)} reason 'invokerid={g.num(2, 20)} invokername=Admin invokeruid={g.alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}= reasonmsg={why} bantime={bt}'", "client_disconnected")

    def query():
        ip = g.c(["127.0.0.1", "10.0.0.12"])
        port = g.port()
        st["clid"] += 1
        bot = g.c(["serveradmin", "sinusbot", "ts3-webpanel"])
        ts("INFO", "VirtualServerBase", "1", f"query client connected '{bot} from {ip}:{port}'(id:{st['clid']})", "query_connected")
        ts("INFO", "Query", "", f"query from {st['clid']} {ip}:{port} issued: login with account \"serveradmin\"(serveradmin)", "query_login")
        L.tick(3)
        ts("INFO", "VirtualServerBase", "1", f"query client disconnected '{bot} from {ip}:{port}'(id:{st['clid']}) reason 'reasonmsg=disconnecting'", "query_disconnected")

    def bruteforce():
        ip = g.ip("pub")
        for _ in range(g.num(1, 4)):
            ts("INFO", "Query", "", f"query from {g.num(3, 90)} {ip}:{g.port()} issued: login with account \"serveradmin\"(serveradmin) failed, invalid password", "query_login_failed")
        if g.r.random() < 0.4:
            ts("INFO", "CIDRManager", "", f"query client banned: {ip} for 600 seconds (flood)", "query_flood_ban")

    def files():
        if not st["online"]:
            return connect()
        n = g.c(list(st["online"]))
        f = g.c(["/icons/icon_" + str(g.num(10**8, 4 * 10**9)), "/avatar_" + g.alnum(20), "/screenshots/raid_" + str(g.num(1, 99)) + ".png"])
        if g.r.random() < 0.85:
            ts("INFO", "VirtualServerBase", "1", f"file upload to ({'/' if f.startswith('/icons') else 'channel ' + str(g.num(1, 7))}) {f} by client {cl(n, st['online'][n])}", "file_upload")
        else:
            ts("ERROR", "FileManager", "1", f"file transfer {f} failed: client {cl(n, st['online'][n])} disconnected", "file_transfer_failed")

    def perm_warn():
        ts("WARNING", "ServerLibPriv", "", f"Server is dropping packets to client {g.num(2, 90)}, bandwidth exceeded", "dropping_packets")

    def restart():
        ts("INFO", "ServerMain", "", "Received signal SIGTERM, shutting down.", "received_sigterm")
        for n in list(st["online"]):
            clid = st["online"].pop(n)
            ts("INFO", "VirtualServerBase", "1", f"client disconnected {cl(n, clid)} reason 'reasonmsg=server shutdown'", "client_disconnected")
        ts("INFO", "VirtualServer", "1", "stopped", "vs_stopped")
        L.tick(30)
        startup()

    startup()
    ev = [(30, connect), (28, disconnect), (6, channel), (3, edit), (4, groups), (1.5, kick), (5, query), (2, bruteforce), (3, files), (1, perm_warn), (0.1, restart)]
    return L.run(slowed(L, ev, 240), None)



LOGS = [log_sendmail, log_puppet, log_memcached, log_hazelcast, log_couchdb, log_certbot, log_iis, log_lambda, log_heroku, log_perforce,
        log_sonarqube, log_splunk_uf, log_filebeat, log_intune_ime, log_esp_idf, log_bitbake, log_zomboid, log_pacman, log_rclone, log_teamspeak]


if __name__ == "__main__":
    main(LOGS, WORK)
