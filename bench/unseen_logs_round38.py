#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-eighth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.554. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the lines of an Apereo CAS audit trail record (the rule, WHO:, WHAT:, ACTION:, APPLICATION:,
WHEN:, CLIENT IP ADDRESS:, SERVER IP ADDRESS:, the empty line and the closing ">") under its "Audit
trail record BEGIN"; Cisco ISE's continuation segments ("2 1", "3 2": rsyslog's stamp and the
category repeated, no level) take the level of the message's first segment; GeoServer's "Request: %s"
and "    Key = value" lines under their empty-message head, its exception and "<tab>at" frames under
the ERROR head; the ORA- error, the empty line and the "Database driver error..." block under
Informatica's WRT_8229; the exception and its frames under ONOS' ExceptionMapper WARN. Lines with no
header at all get the time of the last line before them that writes one (of the first after them at
the start of a log) and no level or component: FreeIPA's command output going on after "stdout="
(certutil's table) and the traceback of the failed attempt; Locust's statistics, percentile and
error tables and their empty lines. Heritrix's crawl.log, the Kubernetes audit log (its
requestReceivedTimestamp; the audit "level" is not a severity) and all the others write full dates:
Apereo CAS ("2026-12-01 10:00:00,123"), Axigen ("2026-12-01 10:00:00 +0000"), BigBlueButton
("2026-12-01T11:00:00.123+01:00", Europe/Berlin), Cobbler ("2026-12-01T10:00:00"), Dolibarr (GMT),
dnscrypt-proxy ("[2026-12-01 10:00:00]"), ebusd, FreeIPA (Z), gpg-agent, Informatica ("2026-12-01
02:00:00"; the ctime dates in its messages are text), iRODS ("server_timestamp", Z), Jellyseerr (Z),
ONOS' Karaf log ("2026-12-01T10:00:00,123"), LiveKit (Z) and Locust ("[2026-12-01 10:00:00,123]");
where a log writes local time without an offset the clock is UTC. Cisco ISE (rsyslog's "Dec  1
10:00:00" in front of ISE's own full stamp, the same instant), Erigon ("[12-01|10:00:00.123]") and
GeoServer ("01 Dec 10:00:00") have no year at their head (noyear).

Levels are as written: Apereo CAS' word (INFO, WARN, ERROR); Axigen's two-digit number (02 error, 04
warning, 08 info, 16 protocol communication: taken as written); BigBlueButton's padded word (INFO,
WARN, ERROR); Cisco ISE's severity word after the message code (NOTICE, INFO, WARN); Cobbler's word
(DEBUG, INFO, WARNING, ERROR); Dolibarr's padded syslog word (DEBUG, INFO, NOTICE, WARNING, ERR);
dnscrypt-proxy's bracketed word (INFO, NOTICE, WARNING, ERROR); ebusd's second word in brackets
(info, notice, error); Erigon's bracketed word (INFO, WARN); FreeIPA's word (DEBUG, INFO, ERROR);
GeoServer's padded word (INFO, WARN, ERROR); gpg-agent's and scdaemon's "DBG:" (debug; their other
lines have none); Informatica's word between colons (INFO, WARNING, ERROR); iRODS' log_level (info,
error); Jellyseerr's first bracket (debug, info, warn, error); ONOS' padded word (INFO, WARN); LiveKit's
word (INFO, WARN); Locust's word between the slashes (INFO, WARNING). Heritrix and the audit log
write none. The component is Apereo CAS' logger in brackets; Axigen's service before the session id
(SMTP-IN, SMTP-OUT, PROCESSING, IMAP, WEBMAIL); BigBlueButton's abbreviated logger
(o.b.w.c.ApiController, o.b.api.MeetingService, ...); Cisco ISE's category (CISE_Passed_Authentications,
CISE_RADIUS_Accounting, ...); ebusd's facility (main, bus, update, mqtt); GeoServer's logger in
brackets (geoserver.ows, renderer.lite, ...); gpg-agent's program (gpg-agent, scdaemon; the pid is
not); iRODS' log_category (agent_factory, api, legacy, authentication, ...); Jellyseerr's second
bracket (Jobs, Jellyfin Sync, Download Tracker, ...); ONOS' class (OFChannelHandler, DeviceManager,
...; the thread and the bundle are not); LiveKit's logger name (livekit, livekit.transport,
livekit.sfu.streamallocator; the caller is not); Locust's logger (locust.main, locust.runners; the
host before it is not). Cobbler (the thread in brackets is not one), Dolibarr (the pid and the OS
user are not), dnscrypt-proxy, Erigon (its "[txpool]", "[7/12 Execution]" prefixes are text),
FreeIPA, Heritrix, Informatica (the thread and the message code are not), and the audit log have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Axigen's "<< %s" one event whatever the client or the remote server says, ">> %s" one
event whatever Axigen answers or sends, in SMTP-IN and SMTP-OUT alike; gpg-agent's and scdaemon's
"chan_%d <- %s" one event whatever the Assuan command, "chan_%d -> %s" one whatever the answer, the
"-> [ hex ...(n byte(s) skipped) ]" data lines another; BigBlueButton's "ApiCall=%s" one event per
API call, each its own (create, join, end, getMeetings, isMeetingRunning, getMeetingInfo,
getRecordings); Cobbler's "running: %s", "received on stdout: %s", "copying: %s -> %s", "removing:
%s" whatever the command or path, each numbered step of FreeIPA "  [%d/%d]: %s" one event whatever
the step and "Configuring %s. Estimated time: %s" one whatever the service; Dolibarr's "--- Access to
%s %s - action=%s, massaction=" one event for pages, the login POST its own, "%s::fetch" one,
"sql=%s" one whatever the statement; dnscrypt-proxy's "[%s] OK (DNSCrypt) - rtt: %dms" and "[%s] OK
(DoH) - rtt: %dms" two, the sorted latency rows one; ebusd's "received read %s %s QQ=%s: %s" one
whatever the circuit, message and level; Informatica's lines one event per message code; Jellyseerr's
"Starting scheduled job: %s" one event per job (each job writes its own label); LiveKit's "mediaTrack
published" whatever the kind; Heritrix's crawl.log rows all one event (every fetch, DNS look-up,
redirect, error and negative code alike: the crawler writes one format string)), while two format
strings that look alike are two events (CAS' "Authenticated principal" and "failed authenticating";
Axigen's "delivered locally" and "delivered to ... folder", "connection closed" and "connection closed
by remote peer"; ONOS' "Link added" and "Link removed", "Detected new host" and "Host moved"; ebusd's
"signal lost" and "signal acquired"; Erigon's "[NewPayload] Handling new payload" and "Reorg
detected"; gpg-agent's "handler ... started" and "terminated", the ssh handler's and ssh request
handler's "started" and "ready"). A structured line belongs to its message and its set of keys: a
Cisco ISE message to its message code and text before the first comma (accounting start, stop and
watchdog update three events, though 3002 is shared by the two watchdog strings), its continuation
segments one event per message kind and segment number; a BigBlueButton " --analytics-- data=" line to
its logCode; an Erigon line to its message and keys; an iRODS line to its log_message's format and
keys (with or without the request_* keys); a Jellyseerr line to its message and JSON keys; a LiveKit
line to its message and fields; a Kubernetes audit record to its stage and set of keys (with or
without objectRef and requestObject, a failure's responseStatus with its message another), whatever
the verb, resource and user. In a dump, banner or table each kind of line is an event: the CAS
audit record's rule (one event) and each key its own; GeoServer's "Request: %s" (one event whatever
the operation) and its "    Key = value" lines one event per key; FreeIPA's LDAP update dumps (the
dashed rule, "Final value after applying updates", "dn: %s", the attribute lines and the tab-indented
value lines each one event), certutil's table (two head lines, the rows); Locust's statistics head,
its dashed rules (one event), the request rows (one event whatever the method and name), the
"Aggregated" row, the percentile table's title, head, rule and rows, the error report's title, head,
rules and rows. Java's "<tab>at" frames one event; Python's traceback head, "  File" lines, source
lines and the exception line each one event. Wrappers are not part of the event: rsyslog's stamp and
host in front of Cisco ISE's messages. Empty lines are one event per log.

usage: unseen_logs_round38.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round38)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round38")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


SERVICES = ["https://moodle.uni-example.de/login/index.php?authCAS=CAS", "https://mail.uni-example.de/SOGo/so/", "https://wiki.uni-example.de/login",
            "https://ilias.uni-example.de/ilias.php?baseClass=ilstartupgui", "https://portal.uni-example.de/c/portal/login", "https://gitlab.uni-example.de/users/auth/cas3/callback"]
FIRST = ["anna", "ben", "clara", "david", "elif", "felix", "greta", "hannes", "ida", "jonas", "katrin", "lukas", "mara", "niklas", "olga", "paul", "rieke", "sven"]
LAST = ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz", "hoffmann", "koch", "richter", "wolf", "yilmaz", "nguyen"]


# 1 ---------------------------------------------------------------- Apereo CAS 6.6 (the WAR overlay on Tomcat 9, LDAP against the university's Active Directory, a JPA ticket registry)
#   as the single sign-on of a university (Moodle, SOGo, the wiki, ILIAS, GitLab as services), /var/log/cas/cas.log with the overlay's log4j2
#   "%d %p [%c] - <%m>%n": logins, tickets granted and validated, the Inspektr audit trail records spread over lines ("Audit trail record BEGIN",
#   the rule, WHO/WHAT/ACTION/... and the closing ">"), failed logins, unknown services, the registry cleaner, LDAP connection trouble
@checked
def log_cas(seed):
    L = Log("apereo_cas_log", seed, "full", True, True)
    g = L.g
    st = {"tgt": 1000, "st": 5000}

    def line(lv, logger, msg, ev):
        ms_(L, 0, 15)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} [{logger}] - <{msg}>", ev, lv, logger)

    def uid():
        return g.c(FIRST) + "." + g.c(LAST)

    def audit(who, what, action):
        ms_(L, 0, 15)
        lg = "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager"
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} INFO [{lg}] - <Audit trail record BEGIN", "audit_begin", "INFO", lg)
        rule = "============================================================="
        body = [(rule, "audit_rule"), (f"WHO: {who}", "audit_who"), (f"WHAT: {what}", "audit_what"), (f"ACTION: {action}", "audit_action"),
                ("APPLICATION: CAS", "audit_app"), (f"WHEN: {L.t:%a %b %d %H:%M:%S} UTC {L.t:%Y}", "audit_when"),
                (f"CLIENT IP ADDRESS: {st['ip']}", "audit_client"), ("SERVER IP ADDRESS: 10.20.1.15", "audit_server"), (rule, "audit_rule"), ("", "empty"), (">", "audit_end")]
        for text, ev in body:
            L.emit(text, ev, "INFO", lg)

    def cred(u):
        return f"UsernamePasswordCredential(username={u}, source=null, customFields={{}})"

    def login():
        u = uid()
        st["ip"] = g.ip("10") if g.r.random() < 0.6 else g.ip("pub")
        svc = g.c(SERVICES)
        if g.r.random() < 0.12:
            line("INFO", "org.apereo.cas.authentication.PolicyBasedAuthenticationManager", f"[LdapAuthenticationHandler] failed authenticating [{cred(u)}]", "handler_failed")
            line("WARN", "org.apereo.cas.authentication.PolicyBasedAuthenticationManager",
                 f"Authentication has failed. Credentials may be incorrect or CAS cannot find authentication handler that supports [{cred(u)}] of type "
                 "[UsernamePasswordCredential]. Examine the configuration to ensure a method of authentication is defined and analyze CAS logs at DEBUG "
                 "level to trace the authentication event.", "auth_failed_warn")
            audit(u, f"Supplied credentials: [{cred(u)}]", "AUTHENTICATION_FAILED")
            return
        mail = f"{u}@uni-example.de"
        line("INFO", "org.apereo.cas.authentication.PolicyBasedAuthenticationManager",
             f"Authenticated principal [{u}] with attributes [{{cn=[{u.replace('.', ' ').title()}], eduPersonAffiliation=[{g.c(['student', 'staff', 'faculty'])}], "
             f"mail=[{mail}], memberOf=[CN={g.c(['Studierende', 'Mitarbeitende', 'IT-Admins'])},OU=Groups,DC=ad,DC=uni-example,DC=de]}}] via credentials [[{cred(u)}]].",
             "authenticated")
        audit(u, f"Supplied credentials: [{cred(u)}]", "AUTHENTICATION_SUCCESS")
        st["tgt"] += 1
        tgt = f"TGT-{st['tgt']}-{g.alnum(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-')}-cas01"
        audit(u, tgt, "TICKET_GRANTING_TICKET_CREATED")
        for _ in range(g.num(1, 3)):
            service_ticket(u, tgt, svc)
            svc = g.c(SERVICES)
        st.setdefault("sessions", []).append((u, tgt))

    def service_ticket(u, tgt, svc):
        st["st"] += 1
        tk = f"ST-{st['st']}-{g.alnum(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-cas01"
        line("INFO", "org.apereo.cas.DefaultCentralAuthenticationService", f"Granted service ticket [{tk}] for service [{svc}] and principal [{u}]", "granted_st")
        audit(u, f"{tk} for {svc}", "SERVICE_TICKET_CREATED")
        L.tick(0.3)
        audit(f"audit:unknown", tk, "SERVICE_TICKET_VALIDATED" if g.r.random() < 0.97 else "SERVICE_TICKET_VALIDATE_FAILED")

    def reuse():
        if not st.get("sessions"):
            return
        u, tgt = g.c(st["sessions"])
        st["ip"] = g.ip("10")
        service_ticket(u, tgt, g.c(SERVICES))

    def logout():
        if not st.get("sessions"):
            return
        u, tgt = st["sessions"].pop(g.num(0, len(st["sessions"]) - 1))
        audit(u, tgt, "TICKET_GRANTING_TICKET_DESTROYED")

    def unknown_service():
        svc = g.c(["https://moodle-test.uni-example.de/login/index.php", "http://wiki.uni-example.de/login", "https://evil.example.com/steal",
                   "https://owncloud.uni-example.de/index.php/apps/user_cas/login"])
        line("WARN", "org.apereo.cas.web.flow.login.InitialFlowSetupAction", f"Service [{svc}] is not found in service registry", "svc_not_found")
        line("WARN", "org.apereo.cas.web.flow.resolver.impl.DefaultCasDelegatingWebflowEventResolver",
             f"Unauthorized Service Access. Service [{svc}] is not found in service registry.", "unauthorized_svc")

    def cleaner():
        line("INFO", "org.apereo.cas.ticket.registry.DefaultTicketRegistryCleaner", f"[{g.num(0, 340)}] expired tickets removed.", "cleaner")

    def ldap_trouble():
        dc = g.c(["dc01", "dc02"])
        line("WARN", "org.ldaptive.transport.netty.NettyConnection",
             f"Connection open failed for ldaps://{dc}.ad.uni-example.de:636 with [io.netty.channel.ConnectTimeoutException: connection timed out: "
             f"{dc}.ad.uni-example.de/10.20.0.{g.num(11, 12)}:636]", "ldap_open_failed")
        if g.r.random() < 0.3:
            line("ERROR", "org.apereo.cas.authentication.LdapAuthenticationHandler", "Unexpected LDAP error", "ldap_error")

    ev = [(30, login), (25, reuse), (8, logout), (1.5, unknown_service), (2, cleaner), (0.6, ldap_trouble)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Axigen Mail Server 10.5 (the RPM on Rocky Linux 9, one domain of a building contractor with 80 mailboxes,
#   SMTP-IN with "Protocol Communication" logging on for SMTP, SMTP-OUT, PROCESSING, IMAP and WEBMAIL), /var/opt/axigen/log/everything.txt:
#   "2026-12-01 10:00:00 +0000 08 mx1 SMTP-IN:00001A2B: message" (the level as a two-digit number: 02 error, 04 warning, 08 info, 16 protocol);
#   inbound sessions with their dialogue, the filters, enqueued messages, deliveries, outbound relays, IMAP and webmail logins
@checked
def log_axigen(seed):
    L = Log("axigen_everything_txt", seed, "full", True, True)
    g = L.g
    st = {"smtp": 0x1A00, "out": 0x200, "imap": 0x4000, "web": 0x900, "q": 0x20D2F0}
    DOMAIN = "bau-krueger.de"
    USERS = ["info", "buchhaltung", "m.krueger", "s.becker", "bauleitung", "einkauf", "t.wolf", "a.yilmaz", "personal", "k.schulz"]
    REMOTES = [("mail-ej1-f54.google.com", "209.85.218.54"), ("mo4-p00-ob.smtp.rzone.de", "81.169.146.176"), ("mout.gmx.net", "212.227.17.20"),
               ("mail.hornetsecurity.com", "94.100.132.60"), ("unknown", "185.234.219.12"), ("mx.example-lieferant.de", "203.0.113.25"),
               ("mail-am6eur05on2070.outbound.protection.outlook.com", "40.107.22.70")]

    def w(lv, svc, cid, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} +0000 {lv} mx1 {svc}:{cid}: {msg}", ev, lv, svc)

    def smtp_in():
        st["smtp"] += 1
        cid = f"{st['smtp']:08X}"
        host, ip = g.c(REMOTES)
        w("08", "SMTP-IN", cid, f"[{'10.0.0.5'}:25] connection accepted from [{ip}:{g.port()}]", "in_accepted")
        w("16", "SMTP-IN", cid, ">> 220 mx1.bau-krueger.de Axigen ESMTP ready", "proto_out")
        w("16", "SMTP-IN", cid, f"<< EHLO {host if host != 'unknown' else 'WIN-' + g.HX(8)}", "proto_in")
        for r in ["250-mx1.bau-krueger.de Axigen ESMTP hello", "250-PIPELINING", "250-AUTH PLAIN LOGIN CRAM-MD5 DIGEST-MD5 GSSAPI", "250-SIZE 52428800",
                  "250-STARTTLS", "250-8BITMIME", "250 OK"]:
            w("16", "SMTP-IN", cid, f">> {r}", "proto_out")
        if host == "unknown" and g.r.random() < 0.7:
            w("16", "SMTP-IN", cid, f"<< AUTH LOGIN", "proto_in")
            w("16", "SMTP-IN", cid, ">> 334 VXNlcm5hbWU6", "proto_out")
            w("04", "SMTP-IN", cid, f"Authentication failed for user [{g.c(['admin', 'info', 'test', 'scanner', 'office'])}@{DOMAIN}]", "auth_failed")
            w("16", "SMTP-IN", cid, ">> 535 Authentication failed", "proto_out")
            w("08", "SMTP-IN", cid, f"connection closed by remote peer [{ip}:{g.port()}]", "in_closed_remote")
            return
        sender = g.c(["rechnung", "noreply", "angebot", "info", "m.hahn", "dispo"]) + "@" + (host.split(".", 1)[1] if "." in host else "example.net")
        w("16", "SMTP-IN", cid, f"<< MAIL FROM:<{sender}> SIZE={g.num(3000, 9000000)}", "proto_in")
        w("08", "SMTP-IN", cid, "Set smtp action to ACCEPT", "set_action")
        w("16", "SMTP-IN", cid, ">> 250 Sender accepted", "proto_out")
        rcpts = g.r.sample(USERS, g.num(1, 3))
        for r in rcpts:
            w("16", "SMTP-IN", cid, f"<< RCPT TO:<{r}@{DOMAIN}>", "proto_in")
            if g.r.random() < 0.04:
                w("16", "SMTP-IN", cid, ">> 550 Mailbox unavailable", "proto_out")
            else:
                w("16", "SMTP-IN", cid, ">> 250 Recipient accepted", "proto_out")
        w("16", "SMTP-IN", cid, "<< DATA", "proto_in")
        w("16", "SMTP-IN", cid, ">> 354 Ready to receive data; remember <CRLF>.<CRLF>", "proto_out")
        L.tick(1)
        w("16", "SMTP-IN", cid, f"<< {g.num(3000, 9000000)} bytes and final dot read", "proto_in")
        st["q"] += g.num(1, 9)
        qid = f"{st['q']:06X}"
        w("08", "SMTP-IN", cid, f"message from [{sender}] with id [{qid}] queued", "queued")
        w("16", "SMTP-IN", cid, f">> 250 Mail queued for delivery (id {qid})", "proto_out")
        w("16", "SMTP-IN", cid, "<< QUIT", "proto_in")
        w("16", "SMTP-IN", cid, ">> 221 Goodbye!", "proto_out")
        w("08", "SMTP-IN", cid, f"connection closed", "in_closed")
        pid = f"00{qid}"
        w("08", "PROCESSING", pid, f"processing message [{qid}] from [{sender}] for {len(rcpts)} recipient(s)", "proc_start")
        spam = g.r.random() < 0.15
        w("08", "PROCESSING", pid, f"AntiVirus: ClamAV [clean] for message [{qid}]", "av_clean")
        w("08", "PROCESSING", pid, f"AntiSpam: SpamAssassin score [{g.f(5.1, 14, 1) if spam else g.f(-2, 3.9, 1)}] for message [{qid}]", "as_score")
        for r in rcpts:
            if spam:
                w("08", "PROCESSING", pid, f"message [{qid}] delivered to [{r}@{DOMAIN}] folder [Spam]", "delivered_folder")
            else:
                w("08", "PROCESSING", pid, f"message [{qid}] delivered locally to [{r}@{DOMAIN}]", "delivered_local")

    def smtp_out():
        st["out"] += 1
        cid = f"{st['out']:08X}"
        rdom = g.c(["gmail.com", "t-online.de", "web.de", "architekt-lange.de", "stadt-musterhausen.de", "baustoffe-nord.de"])
        st["q"] += g.num(1, 9)
        qid = f"{st['q']:06X}"
        w("08", "SMTP-OUT", cid, f"processing message [{qid}] for [{g.c(['k.meier', 'info', 'vergabe', 'j.braun'])}@{rdom}]", "out_processing")
        ip = g.ip("pub")
        if g.r.random() < 0.08:
            w("04", "SMTP-OUT", cid, f"connection to [{ip}:25] failed: Connection timed out; will retry", "out_conn_failed")
            return
        w("08", "SMTP-OUT", cid, f"connected to [{ip}:25]", "out_connected")
        w("16", "SMTP-OUT", cid, f"<< 220 mx.{rdom} ESMTP", "proto_in")
        w("16", "SMTP-OUT", cid, ">> EHLO mx1.bau-krueger.de", "proto_out")
        w("16", "SMTP-OUT", cid, f"<< 250 mx.{rdom}", "proto_in")
        w("16", "SMTP-OUT", cid, ">> STARTTLS", "proto_out")
        w("16", "SMTP-OUT", cid, "<< 220 2.0.0 Ready to start TLS", "proto_in")
        w("08", "SMTP-OUT", cid, f"TLS session established with [{ip}:25] (TLSv1.3, TLS_AES_256_GCM_SHA384)", "out_tls")
        if g.r.random() < 0.05:
            w("16", "SMTP-OUT", cid, f"<< 550 5.1.1 <{g.user()}@{rdom}>: Recipient address rejected: User unknown", "proto_in")
            w("02", "SMTP-OUT", cid, f"permanent failure delivering message [{qid}], bounce generated", "out_bounce")
        else:
            w("16", "SMTP-OUT", cid, f"<< 250 2.0.0 Ok: queued as {g.HX(10)}", "proto_in")
            w("08", "SMTP-OUT", cid, f"message [{qid}] successfully delivered to [{ip}:25]", "out_delivered")
        w("08", "SMTP-OUT", cid, "connection closed", "out_closed")

    def imap():
        st["imap"] += 1
        cid = f"{st['imap']:08X}"
        ip = g.ip("192") if g.r.random() < 0.7 else g.ip("pub")
        w("08", "IMAP", cid, f"[10.0.0.5:993] connection accepted from [{ip}:{g.port()}]", "imap_accepted")
        u = g.c(USERS)
        if g.r.random() < 0.06:
            w("04", "IMAP", cid, f"Authentication failed for user [{u}@{DOMAIN}]", "auth_failed")
        else:
            w("08", "IMAP", cid, f"User [{u}@{DOMAIN}] successfully authenticated", "imap_auth_ok")
        if g.r.random() < 0.5:
            w("08", "IMAP", cid, "connection closed", "imap_closed")

    def web():
        st["web"] += 1
        cid = f"{st['web']:08X}"
        u = g.c(USERS)
        w("08", "WEBMAIL", cid, f"user [{u}@{DOMAIN}] logged in from [{g.ip('pub')}] (session [{g.hx(16)}])", "web_login")

    ev = [(14, smtp_in), (6, smtp_out), (14, imap), (2, web)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- BigBlueButton 2.7 (bbb-install on Ubuntu 20.04, Greenlight v3 and the Moodle plugin as front ends) of a secondary
#   school in Hesse, /var/log/bigbluebutton/bbb-web.log (logback "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{24} - %msg", Europe/Berlin):
#   the API calls one per line, the meeting service's " --analytics-- data={json}" records of meetings created, users joining and leaving and
#   meetings ending, recordings being processed, checksum errors of a misconfigured client, presentation conversions
@checked
def log_bbb(seed):
    L = Log("bigbluebutton_bbb_web", seed, "full", True, True)
    g = L.g
    CLASSES = ["5a", "5b", "6c", "7a", "7b", "8a", "9c", "10a", "10b", "Q11", "Q12"]
    SUBJ = ["Mathe", "Deutsch", "Englisch", "Physik", "Bio", "Geschichte", "Französisch", "Latein", "Informatik", "Kunst", "Musik", "Chemie"]
    NAMES = ["Lena B.", "Finn K.", "Mia S.", "Noah T.", "Emma W.", "Ben L.", "Hanna R.", "Elias M.", "Sophie H.", "Paul G.", "Leonie Z.", "Jonas F.",
             "Frau Schäfer", "Herr Yilmaz", "Frau Dr. Weiß", "Herr Becker", "Emily (iPad)", "Luca P.", "Marie-Sophie A.", "Tim O."]
    st = {"meetings": {}}

    def w(lv, lg, msg, ev):
        ms_(L, 0, 30)
        loc = L.t.astimezone(CET)
        L.emit(f"{loc:%Y-%m-%dT%H:%M:%S}.{ms3(loc)}+01:00 {lv:<5} {lg} - {msg}", ev, lv, lg)

    def analytics(data, ev):
        w("INFO", "o.b.api.MeetingService", f" --analytics-- data={compact(data)}", ev)

    def create():
        ext = f"{g.c(SUBJ)}-{g.c(CLASSES)}-{g.hx(6)}"
        mid = g.hx(40) + "-" + str(int(epoch(L.t) * 1000))
        name = f"{g.c(SUBJ)} {g.c(CLASSES)}" if g.r.random() < 0.7 else g.c(["Elternabend 7b", "Fachkonferenz Mathe", "Lehrerzimmer", "SV-Sitzung", "Nachhilfe Englisch"])
        w("INFO", "o.b.w.c.ApiController", "ApiCall=create", "api_create")
        analytics({"meetingId": mid, "externalMeetingId": ext, "name": name, "duration": 0, "isBreakout": False, "record": g.r.random() < 0.2,
                   "logCode": "create_meeting", "description": "Create meeting.", "event": "create_meeting"}, "an_create_meeting")
        st["meetings"][mid] = {"ext": ext, "name": name, "users": []}

    def join():
        if not st["meetings"]:
            return create()
        mid = g.c(sorted(st["meetings"]))
        m = st["meetings"][mid]
        w("INFO", "o.b.w.c.ApiController", "ApiCall=join", "api_join")
        uid = "w_" + g.alnum(12)
        name = g.c(NAMES)
        role = "MODERATOR" if name.startswith(("Frau", "Herr")) else "VIEWER"
        analytics({"meetingId": mid, "externalMeetingId": m["ext"], "name": m["name"], "userId": uid, "externalUserId": g.hx(8) if g.r.random() < 0.8 else "",
                   "username": name, "role": role, "guest": False, "logCode": "user_joined_message", "description": "User joined the meeting.",
                   "event": "user_joined_message"}, "an_user_joined")
        m["users"].append((uid, name, role))

    def leave():
        cand = [(mid, u) for mid, m in st["meetings"].items() for u in m["users"]]
        if not cand:
            return
        mid, (uid, name, role) = g.c(cand)
        m = st["meetings"][mid]
        m["users"].remove((uid, name, role))
        analytics({"meetingId": mid, "externalMeetingId": m["ext"], "name": m["name"], "userId": uid, "username": name, "role": role,
                   "logCode": "user_left_message", "description": "User left the meeting.", "event": "user_left_message"}, "an_user_left")

    def end():
        if not st["meetings"]:
            return
        mid = g.c(sorted(st["meetings"]))
        m = st["meetings"].pop(mid)
        if g.r.random() < 0.5:
            w("INFO", "o.b.w.c.ApiController", "ApiCall=end", "api_end")
        analytics({"meetingId": mid, "externalMeetingId": m["ext"], "name": m["name"], "duration": g.num(5, 95), "logCode": "meeting_destroyed",
                   "description": "Meeting has been destroyed.", "event": "meeting_destroyed"}, "an_meeting_destroyed")
        if g.r.random() < 0.15:
            w("INFO", "o.b.api.RecordingService", f"Processing recording for meeting {mid}", "rec_processing")

    def poll():
        call = g.c(["getMeetings", "isMeetingRunning", "isMeetingRunning", "getMeetingInfo", "getRecordings"])
        w("INFO", "o.b.w.c.ApiController", f"ApiCall={call}", "api_" + call)
        if call == "getMeetingInfo" and g.r.random() < 0.1:
            w("WARN", "o.b.w.c.ApiController", f"Meeting not found for meetingID={g.c(SUBJ)}-{g.c(CLASSES)}-{g.hx(6)}", "meeting_not_found")

    def checksum():
        w("INFO", "o.b.w.c.ApiController", "ApiCall=getMeetings", "api_getMeetings")
        w("WARN", "o.b.w.s.ValidationService", f"Checksum error for api call getMeetings. Query string: [random={g.num(100000, 999999)}]", "checksum_error")

    def pres():
        f = g.c(["Arbeitsblatt_Brueche.pdf", "Referat Weimarer Republik.pptx", "Vokabeln Unit 4.docx", "Stundenplan_2.Halbjahr.pdf", "Zellbiologie.pdf"])
        pid = g.hx(40) + "-" + str(int(epoch(L.t) * 1000))
        w("INFO", "o.b.p.SupportedDocumentFilter", f"Received supported file {f}", "pres_supported")
        if not f.endswith(".pdf"):
            w("INFO", "o.b.p.imp.OfficeToPdfConversionService", f"Converting Office doc to PDF. data={compact({'podId': 'DEFAULT_PRESENTATION_POD', 'presId': pid, 'filename': f})}",
              "pres_office_convert")
        w("INFO", "o.b.p.imp.PdfPageCounter", f"Counted {g.num(1, 48)} pages in presentation {pid}", "pres_pages")
        if g.r.random() < 0.05:
            w("ERROR", "o.b.p.imp.PresentationFileProcessor", f"Presentation conversion failed: {pid} - conversion timed out after 60 seconds", "pres_failed")

    ev = [(5, create), (30, join), (20, leave), (4.5, end), (30, poll), (0.6, checksum), (3, pres)]
    fill(L, ev, N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Cisco ISE 3.2 (two policy service nodes of a hospital's 802.1X and MAB, remote logging targets to rsyslog),
#   /var/log/remote/ise.log: rsyslog's "Dec  1 10:00:00 ise-psn01 " before ISE's "CISE_Passed_Authentications 0012345678 3 0 2026-12-01
#   10:00:00.123 +00:00 0000123456 5200 NOTICE Passed-Authentication: Authentication succeeded, key=value, ..." (category, message id, the
#   number of segments and this segment's number, then the body; a long message goes on in segments "3 1", "3 2" that repeat the header
#   with the rest of the text); passed and failed authentications, RADIUS accounting, dropped requests, profiler and admin messages
@checked
def log_ise(seed):
    L = Log("cisco_ise_syslog", seed, "noyear", True, True)
    g = L.g
    st = {"msgid": g.num(10000000, 90000000), "seq": g.num(1000000, 9000000)}
    NAS = [("sw-station-3og", "10.40.3.2"), ("sw-op-1", "10.40.5.2"), ("sw-verwaltung-2", "10.40.8.3"), ("wlc-01", "10.40.0.10")]
    POL = ["Wired_8021X >> Staff_Dot1x", "Wired_MAB >> Medical_Devices", "Wireless_8021X >> Staff_WLAN", "Wired_MAB >> Printers"]

    def send(cat, code, sev, text, kind):
        st["msgid"] += 1
        st["seq"] += 1
        chunks = [text[i:i + 1024] for i in range(0, len(text), 1024)]
        host = g.c(["ise-psn01", "ise-psn02"])
        ms_(L, 0, 20)
        for n, ch in enumerate(chunks):
            head = f"{syslog_ts(L.t)} {host} {cat} {st['msgid']:010d} {len(chunks)} {n}"
            if n == 0:
                L.emit(f"{head} {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +00:00 {st['seq']:010d} {code} {sev} {ch}", kind, sev, cat)
            else:
                L.emit(f"{head} {ch}", f"{kind}_seg{n}", sev, cat)

    def kv(pairs):
        return ", ".join(f"{k}={v}" for k, v in pairs)

    def common(nas, ip, mac, user):
        return [("ConfigVersionId", 412), ("Device IP Address", ip), ("DestinationIPAddress", "10.40.0.21"), ("DestinationPort", 1812), ("UserName", user),
                ("Protocol", "Radius"), ("NetworkDeviceName", nas), ("User-Name", user), ("NAS-IP-Address", ip), ("NAS-Port", 50100 + g.num(1, 48)),
                ("Service-Type", "Framed" if "@" in user or "." in user else "Call Check"), ("Framed-MTU", 1500), ("Called-Station-ID", g.mac().upper().replace(":", "-")),
                ("Calling-Station-ID", mac), ("NAS-Port-Type", "Ethernet" if not nas.startswith("wlc") else "Wireless - IEEE 802.11"),
                ("NAS-Port-Id", f"GigabitEthernet1/0/{g.num(1, 48)}"), ("EAP-Key-Name", ""), ("cisco-av-pair", f"audit-session-id={g.HX(24)}")]

    def passed():
        nas, ip = g.c(NAS)
        mac = g.mac().upper().replace(":", "-")
        dot1x = g.r.random() < 0.6
        user = f"KLINIK\\{g.c(FIRST)}.{g.c(LAST)}" if dot1x else mac
        pol = g.c(POL[:1] + POL[2:3]) if dot1x else g.c([POL[1], POL[3]])
        pairs = common(nas, ip, mac, user) + [("AcsSessionID", f"ise-psn01/{g.num(400000000, 499999999)}/{g.num(100000, 999999)}"),
                                            ("AuthenticationIdentityStore", "KLINIK-AD" if dot1x else "Internal Endpoints"),
                                            ("AuthenticationMethod", "MSCHAPV2" if dot1x else "Lookup"), ("SelectedAccessService", "Default Network Access"),
                                            ("RequestLatency", g.num(4, 380)), ("EapTunnel", "PEAP") if dot1x else ("UseCase", "Host Lookup"),
                                            ("IdentityPolicyMatchedRule", "Dot1X" if dot1x else "MAB"), ("AuthorizationPolicyMatchedRule", pol.split(" >> ")[1]),
                                            ("EndPointMACAddress", mac), ("ISEPolicySetName", pol.split(" >> ")[0]),
                                            ("IdentitySelectionMatchedRule", "Dot1X" if dot1x else "MAB"),
                                            ("Network Device Profile", "Cisco"), ("Location", f"Location#All Locations#Klinikum#{nas.split('-')[1].title()}"),
                                            ("Device Type", "Device Type#All Device Types#Switches" if not nas.startswith("wlc") else "Device Type#All Device Types#WLC"),
                                            ("SelectedAuthorizationProfiles", g.c(["PermitAccess", "VLAN_Staff", "VLAN_MedDev", "VLAN_Print"])),
                                            ("Response", "{" + f"User-Name={user}; State=ReauthSession:{g.HX(24)}; Class=CACS:{g.HX(24)}:ise-psn01/{g.num(400000000, 500000000)}/"
                                             f"{g.num(100000, 999999)}; Termination-Action=RADIUS-Request; Tunnel-Private-Group-ID=(tag=1) {g.num(100, 140)}; " + "}")]
        send("CISE_Passed_Authentications", 5200, "NOTICE", "Passed-Authentication: Authentication succeeded, " + kv(pairs), "passed")

    def failed():
        nas, ip = g.c(NAS)
        mac = g.mac().upper().replace(":", "-")
        user = f"KLINIK\\{g.c(FIRST)}.{g.c(LAST)}" if g.r.random() < 0.6 else mac
        reason = g.c(["24408 User authentication against Active Directory failed since user has entered the wrong password",
                      "22056 Subject not found in the applicable identity store(s)", "12321 PEAP failed SSL/TLS handshake because the client rejected the ISE local-certificate"])
        pairs = common(nas, ip, mac, user) + [("FailureReason", reason), ("AuthenticationIdentityStore", "KLINIK-AD"), ("RequestLatency", g.num(4, 9000)),
                                            ("EndPointMACAddress", mac)]
        send("CISE_Failed_Attempts", 5400, "NOTICE", "Failed-Attempt: Authentication failed, " + kv(pairs), "failed")

    def acct():
        nas, ip = g.c(NAS)
        mac = g.mac().upper().replace(":", "-")
        kind = g.c([("3000", "Radius-Accounting: RADIUS Accounting start request", "Start"), ("3001", "Radius-Accounting: RADIUS Accounting stop request", "Stop"),
                    ("3002", "Radius-Accounting: RADIUS Accounting watchdog update", "Interim-Update"),
                    ("3002", "Radius-Accounting: RADIUS Accounting watchdog update", "Interim-Update")])
        pairs = [("ConfigVersionId", 412), ("Device IP Address", ip), ("RequestLatency", g.num(1, 30)), ("NetworkDeviceName", nas), ("User-Name", mac),
                 ("NAS-IP-Address", ip), ("NAS-Port", 50100 + g.num(1, 48)), ("Framed-IP-Address", g.ip("10")), ("Class", f"CACS:{g.HX(24)}:ise-psn01/{g.num(400000000, 500000000)}"),
                 ("Calling-Station-ID", mac), ("Acct-Status-Type", kind[2]), ("Acct-Delay-Time", 0), ("Acct-Input-Octets", g.num(0, 900000000)),
                 ("Acct-Output-Octets", g.num(0, 900000000)), ("Acct-Session-Id", f"{g.hx(8)}"), ("Acct-Authentic", "RADIUS"), ("Acct-Session-Time", g.num(0, 90000)),
                 ("NAS-Port-Type", "Ethernet"), ("NAS-Port-Id", f"GigabitEthernet1/0/{g.num(1, 48)}"), ("AcsSessionID", f"ise-psn02/{g.num(400000000, 500000000)}/{g.num(100000, 900000)}"),
                 ("SelectedAccessService", "Default Network Access"), ("Step", "11004, 11017, 15049, 15008, 22083, 11005"), ("NetworkDeviceGroups", "Location#All Locations#Klinikum"),
                 ("CPMSessionID", g.HX(24)), ("Model Name", "Catalyst 9300"), ("Network Device Profile", "Cisco")]
        send("CISE_RADIUS_Accounting", kind[0], "NOTICE", kind[1] + ", " + kv(pairs), "acct_" + kind[2])

    def dropped():
        nas, ip = g.c(NAS)
        pairs = [("ConfigVersionId", 412), ("Device IP Address", ip), ("DestinationIPAddress", "10.40.0.21"), ("DestinationPort", 1812),
                 ("Protocol", "Radius"), ("NetworkDeviceName", nas), ("FailureReason", "11036 The Message-Authenticator RADIUS attribute is invalid"),
                 ("Step", "11001, 11018, 11036, 5405")]
        send("CISE_Failed_Attempts", 5405, "NOTICE", "RADIUS: RADIUS request dropped, " + kv(pairs), "dropped")

    def profiler():
        mac = g.mac().upper()
        send("CISE_Profiler", 80002, "INFO", f"Profiler: Profiler EndPoint profiling event occurred, ConfigVersionId=412, EndpointCertainityMetric={g.num(10, 90)}, "
             f"EndpointIPAddress={g.ip('10')}, EndpointMacAddress={mac}, EndpointMatchedPolicy={g.c(['Microsoft-Workstation', 'Philips-Device', 'HP-Printer', 'Apple-iPad'])}, "
             f"EndpointOUI={g.c(['Hewlett Packard', 'Philips Medical Systems', 'Apple, Inc.', 'Dell Inc.'])}, EndpointPolicy={g.c(['Windows10-Workstation', 'Philips-IntelliVue', 'HP-Device'])}, "
             f"EndpointProperty=StaticAssignment=false\\,PostureApplicable=Yes", "profiler")

    def admin():
        u = g.c(["admin", "netops.kraus", "netops.demir"])
        kind = g.c([("51001", "Administrator-Login: Administrator authentication succeeded", "admin_login"),
                    ("51002", "Administrator-Login: Administrator authentication failed", "admin_login_failed"),
                    ("52001", "Configuration-Changes: Added configuration", "cfg_added")])
        send("CISE_Administrative_and_Operational_Audit", kind[0], "NOTICE" if kind[2] != "admin_login_failed" else "WARN",
             f"{kind[1]}, ConfigVersionId=413, AdminInterface=GUI, AdminIPAddress={g.ip('10')}, AdminSession={u}@{g.ip('10')}, AdminName={u}, "
             f"OperationMessageText=Login {'succeeded' if kind[2] == 'admin_login' else 'failed'}, AcsInstance=ise-pan01", kind[2])

    ev = [(30, passed), (6, failed), (40, acct), (1, dropped), (4, profiler), (0.6, admin)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Cobbler 3.3 (the EPEL package on Rocky Linux 9, cobblerd under systemd, managing DHCP and TFTP) provisioning
#   the compute nodes of a university's teaching cluster, /var/log/cobbler/cobbler.log: "[Thread-12] 2026-12-01T10:00:00 - INFO | message"; syncs
#   triggered from the CLI and the web UI with their triggers, copied files and commands, the XML-RPC calls of installing nodes (autoinstall
#   templates, netboot being switched off), system edits, a dhcpd restart that fails
@checked
def log_cobbler(seed):
    L = Log("cobbler_log", seed, "full", True, False)
    g = L.g
    st = {"th": 10}
    NODES = [f"cn{n:02d}" for n in range(1, 49)] + ["gpu01", "gpu02", "login01", "storage01"]
    DISTROS = ["Rocky-9.5-x86_64", "Rocky-8.10-x86_64", "AlmaLinux-9.5-x86_64"]

    def w(lv, msg, ev, th=None):
        ms_(L, 0, 60)
        L.emit(f"[{th or 'Daemon'}] {L.t:%Y-%m-%dT%H:%M:%S} - {lv} | {msg}", ev, lv)

    def thread():
        st["th"] += 1
        return f"Thread-{st['th']}"

    def run_cmd(th, cmd, out="", err=""):
        w("INFO", f"running: {cmd}", "running", th)
        w("INFO", f"received on stdout: {out}", "recv_stdout", th)
        w("DEBUG", f"received on stderr: {err}", "recv_stderr", th)

    def sync():
        th = thread()
        w("INFO", f"start_task(sync); event_id({L.t:%Y-%m-%d_%H%M%S}_sync)", "start_task", th)
        w("DEBUG", "running python triggers from /var/lib/cobbler/triggers/task/sync/pre/*", "py_triggers", th)
        w("DEBUG", "running shell triggers from /var/lib/cobbler/triggers/task/sync/pre/*", "sh_triggers", th)
        w("DEBUG", "shell triggers finished successfully", "sh_done", th)
        w("INFO", "Running full sync", "full_sync", th)
        w("INFO", "cleaning trees", "cleaning", th)
        for p in ["/var/lib/tftpboot/pxelinux.cfg/default", "/var/lib/tftpboot/grub/images", "/var/lib/tftpboot/images", "/var/www/cobbler/images"]:
            w("DEBUG", f"removing: {p}", "removing", th)
        w("INFO", "copying bootloaders", "copy_bl", th)
        for a, b in [("/usr/share/syslinux/pxelinux.0", "/var/lib/tftpboot/pxelinux.0"), ("/usr/share/syslinux/menu.c32", "/var/lib/tftpboot/menu.c32"),
                     ("/usr/share/syslinux/ldlinux.c32", "/var/lib/tftpboot/ldlinux.c32"), ("/var/lib/cobbler/loaders/grub/x86_64-efi/grubx64.efi",
                                                                                                "/var/lib/tftpboot/grub/grubx64.efi")]:
            w("DEBUG", f"copying: {a} -> {b}", "copying", th)
        w("INFO", "copying distros to tftpboot", "copy_distros", th)
        for d in DISTROS:
            w("INFO", f"copying files for distro: {d}", "copy_distro", th)
            w("DEBUG", f"trying hardlink /var/www/cobbler/distro_mirror/{d}/images/pxeboot/vmlinuz -> /var/lib/tftpboot/images/{d}/vmlinuz", "hardlink", th)
            w("DEBUG", f"trying hardlink /var/www/cobbler/distro_mirror/{d}/images/pxeboot/initrd.img -> /var/lib/tftpboot/images/{d}/initrd.img", "hardlink", th)
        w("INFO", "copying images", "copy_images", th)
        w("INFO", "generating PXE configuration files", "gen_pxe", th)
        for n in g.r.sample(NODES, g.num(3, 9)):
            w("DEBUG", f"Writing template files for {n}", "writing_tpl", th)
        w("INFO", "generating PXE menu structure", "gen_menu", th)
        for d in DISTROS:
            w("INFO", f"processing boot_files for distro: {d}", "boot_files", th)
        w("INFO", "rendering DHCP files", "render_dhcp", th)
        w("INFO", "generating /etc/dhcp/dhcpd.conf", "gen_dhcpd", th)
        w("INFO", "rendering Rsync files", "render_rsync", th)
        w("INFO", "generating /etc/rsyncd.conf", "gen_rsync", th)
        run_cmd(th, "['dhcpd', '-t', '-q']")
        if g.r.random() < 0.08:
            w("INFO", "restarting dhcp", "restart_dhcp", th)
            run_cmd(th, "['systemctl', 'restart', 'dhcpd']", "", "Job for dhcpd.service failed because the control process exited with error code.")
            w("ERROR", "dhcpd service failed", "dhcpd_failed", th)
            w("INFO", "### TASK FAILED ###", "task_failed", th)
            return
        w("INFO", "restarting dhcp", "restart_dhcp", th)
        run_cmd(th, "['systemctl', 'restart', 'dhcpd']")
        w("DEBUG", "running python triggers from /var/lib/cobbler/triggers/task/sync/post/*", "py_triggers", th)
        w("DEBUG", "running python trigger cobbler.modules.sync_post_restart_services", "py_trigger", th)
        w("DEBUG", "running shell triggers from /var/lib/cobbler/triggers/task/sync/post/*", "sh_triggers", th)
        w("DEBUG", "shell triggers finished successfully", "sh_done", th)
        w("INFO", "### TASK COMPLETE ###", "task_complete", th)

    def install():
        n = g.c(NODES)
        th = thread()
        w("INFO", f"REMOTE generate_autoinstall; user(?)", "remote_gen_ai", th)
        w("INFO", f"generate_autoinstall; profile=None, system={n}", "gen_ai", th)
        w("DEBUG", f"Trying to read template /var/lib/cobbler/templates/{g.c(['sample.ks', 'hpc-node.ks', 'gpu-node.ks'])}", "read_tpl", th)
        if g.r.random() < 0.1:
            w("WARNING", f"Unable to find snippet '{g.c(['ib_network', 'lustre_client', 'nvidia_driver'])}' referenced in the template", "snippet_missing", th)
        L.tick(600)
        th = thread()
        w("INFO", f"REMOTE disable_netboot; user(?)", "remote_netboot", th)
        w("INFO", f"disabling netboot for system {n}", "disable_netboot", th)
        w("DEBUG", f"removing: /var/lib/tftpboot/pxelinux.cfg/01-{g.mac().replace(':', '-')}", "removing", th)

    def login():
        th = thread()
        u = g.c(["cobbler", "admin.hartmann", "admin.oezdemir"])
        w("INFO", f"authenticate; ['{u}', True]", "authenticate", th)
        w("INFO", f"login succeeded: {u}", "login_ok", th)
        for _ in range(g.num(1, 4)):
            n = g.c(NODES)
            w("INFO", f"REMOTE modify_system; user({u})", "remote_modify", th)
            w("DEBUG", f"modify_system; system={n}, field=netboot_enabled, value=True", "modify_field", th)
            w("INFO", f"REMOTE save_system; user({u})", "remote_save", th)

    def failed_login():
        th = thread()
        u = g.c(["admin", "root", "cobbler"])
        w("INFO", f"authenticate; ['{u}', False]", "authenticate", th)
        w("ERROR", "login failed", "login_failed", th)

    def status():
        th = thread()
        w("INFO", "REMOTE get_systems; user(?)", "remote_get", th)

    ev = [(2, sync), (6, install), (3, login), (0.5, failed_login), (12, status)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Dolibarr 20.0 ERP/CRM (Apache with mod_php 8.2 on Debian 12, MariaDB) of a small electrical wholesaler, the
#   Logs module writing documents/dolibarr.log at LOG_DEBUG: "2026-12-01 10:00:00 DEBUG   192.168.10.34      2417 www-da --- Access to GET
#   /comm/card.php" (GMT, the level padded to seven, the client address to fifteen, the PHP process id and the OS user cut to six, then the
#   call depth as spaces); page accesses with their SQL, object fetches, logins and a failed one, invoices validated, a duplicate-key error,
#   the cron jobs run from the command line (IP 127.0.0.1)
@checked
def log_dolibarr(seed):
    L = Log("dolibarr_log", seed, "full", True, False)
    g = L.g
    st = {"pid": 2417, "ip": "192.168.10.34", "depth": 0, "fac": 41}
    PAGES = [("GET", "/comm/card.php", "socid", "Societe", "llx_societe"), ("GET", "/compta/facture/card.php", "facid", "Facture", "llx_facture"),
             ("GET", "/commande/card.php", "id", "Commande", "llx_commande"), ("GET", "/product/card.php", "id", "Product", "llx_product"),
             ("GET", "/comm/propal/card.php", "id", "Propal", "llx_propal"), ("GET", "/compta/facture/list.php", None, "Facture", "llx_facture"),
             ("GET", "/index.php", None, None, None), ("POST", "/compta/facture/card.php", "facid", "Facture", "llx_facture")]

    def w(lv, msg, ev):
        ms_(L, 0, 25)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {lv:<7} {st['ip']:<15} {st['pid']:>7} {'www-da':>6} {' ' * st['depth']}{msg}", ev, lv)

    def sql(q):
        w("DEBUG", f"sql={q}", "sql")

    def access():
        st["pid"] = g.c([2417, 2418, 2420, 2533, 2611, 2612])
        st["ip"] = g.c(["192.168.10.34", "192.168.10.51", "192.168.10.77", "192.168.10.12", "10.8.0.6"])
        meth, page, key, cls, table = g.c(PAGES)
        q = f"?mainmenu={g.c(['companies', 'billing', 'commercial', 'products', 'home'])}" if key is None else f"?{key}={g.num(1, 4000)}"
        act = "" if meth == "GET" else g.c(["confirm_valid", "update", "addline"])
        w("INFO", f"--- Access to {meth} {page}{q if meth == 'GET' else ''} - action={act}, massaction=", "access")
        st["depth"] = 1
        sql(f"SELECT u.rowid, u.lastname, u.firstname, u.login, u.admin, u.entity, u.statut FROM llx_user as u WHERE u.entity IN (0, 1) AND u.login = '{g.c(FIRST)}'")
        sql("SELECT param, value FROM llx_user_param WHERE fk_user = " + str(g.num(1, 14)) + " AND entity = 1")
        if cls:
            w("DEBUG", f"{cls}::fetch", "fetch")
            rid = g.num(1, 4000)
            sql(f"SELECT t.rowid, t.ref, t.entity, t.datec, t.tms FROM {table} as t WHERE t.rowid = {rid}")
            if g.r.random() < 0.5:
                sql(f"SELECT rowid, fk_product, description, qty, subprice, total_ht FROM {table}det WHERE fk_{table[4:]} = {rid} ORDER BY rang, rowid")
        if act == "confirm_valid":
            st["fac"] += 1
            ref = f"FA2612-{st['fac']:04d}"
            w("DEBUG", "Facture::validate", "validate")
            if g.r.random() < 0.06:
                w("ERR", f"Facture::validate Error DB_ERROR_RECORD_ALREADY_EXISTS Duplicate entry '{ref}-1' for key 'uk_facture_ref'", "dup_error")
            else:
                sql(f"UPDATE llx_facture SET ref = '{ref}', fk_statut = 1, fk_user_valid = {g.num(1, 14)}, date_valid = '{L.t:%Y-%m-%d %H:%M:%S}' WHERE rowid = {g.num(1, 4000)}")
                w("DEBUG", f"Facture::generateDocument modele=sponge outputlangs->defaultlang=de_DE", "gen_doc")
                w("INFO", f"Trigger 'InterfaceActionsAuto' for action 'BILL_VALIDATE' launched by interface_50_modAgenda_ActionsAuto.class.php. id={g.num(1, 4000)}", "trigger")
        st["depth"] = 0
        w("INFO", f"--- End access to {page}", "end_access")

    def login():
        st["pid"] = g.c([2417, 2418, 2420, 2533])
        st["ip"] = g.c(["192.168.10.34", "192.168.10.51", "10.8.0.6", g.ip("pub")])
        u = g.c(FIRST + ["admin"])
        w("INFO", "--- Access to POST /index.php?mainmenu=home", "access_login")
        st["depth"] = 1
        w("DEBUG", f"functions_dolibarr::check_user_password_dolibarr usertotest={u} passwordtotest=**hidden** entitytotest=1", "check_pw")
        if g.r.random() < 0.12:
            w("NOTICE", f"functions_dolibarr::check_user_password_dolibarr Authentication KO bad password for '{u}', cryptType=password_hash", "auth_ko")
            w("WARNING", f"Bad password, connection refused for login '{u}'", "bad_pw")
        else:
            w("NOTICE", f"Authentication ok", "auth_ok")
            sql(f"UPDATE llx_user SET datepreviouslogin = datelastlogin, datelastlogin = '{L.t:%Y-%m-%d %H:%M:%S}' WHERE rowid = {g.num(1, 14)}")
        st["depth"] = 0
        w("INFO", "--- End access to /index.php", "end_access")

    def cron():
        st["pid"] = g.num(30000, 39999)
        st["ip"] = "127.0.0.1"
        w("INFO", "cron_run_jobs.php securitykey=*** userlogin=cron", "cron_start")
        for jid, label in g.r.sample([(1, "PurgeDeleteTemporaryFilesShort"), (3, "SendEmailsReminders"), (5, "MakeLocalDatabaseDumpShort"),
                                      (7, "SendEmailsRemindersOnInvoiceDueDate"), (9, "RecurringInvoicesJob")], g.num(1, 3)):
            w("INFO", f"cron_run_jobs.php cronjobid: {jid} priority=50 entity=1 label={label}", "cron_job")
            w("DEBUG", f"Cronjob::run_jobs jobtype=method userlogin=cron", "cron_run")
            w("INFO", f"Cronjob::run_jobs END", "cron_end")
        w("INFO", f"cron_run_jobs.php Number of jobs executed: {g.num(1, 3)}", "cron_done")

    ev = [(40, access), (5, login), (1, cron)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- dnscrypt-proxy 2.1.5 (the Debian 12 package on a family's Raspberry Pi in front of Pi-hole, log_level = 2,
#   log_file = /var/log/dnscrypt-proxy/dnscrypt-proxy.log, anonymized DNS through relays, server_names left empty, cert_refresh_delay 240):
#   "[2026-12-01 10:00:00] [NOTICE] message"; starts with the sources loaded and every server probed, sorted latencies, certificate
#   refreshes every four hours with a probe line per server, time-outs, a relay that is down, a restart after an upgrade
@checked
def log_dnscrypt(seed):
    L = Log("dnscrypt_proxy_log", seed, "full", True, False)
    g = L.g
    SERVERS = [("cloudflare", "DoH"), ("cloudflare-security", "DoH"), ("quad9-dnscrypt-ip4-filter-pri", "DNSCrypt"), ("dnscry.pt-frankfurt-ipv4", "DNSCrypt"),
               ("dnscry.pt-amsterdam-ipv4", "DNSCrypt"), ("adguard-dns", "DNSCrypt"), ("mullvad-doh", "DoH"), ("doh.appliedprivacy.net", "DoH"),
               ("scaleway-fr", "DNSCrypt"), ("dnswarden-uncensor-dc", "DNSCrypt"), ("serbica", "DNSCrypt"), ("meganerd", "DNSCrypt"),
               ("ahadns-doh-nl", "DoH"), ("dns.digitalsize.net", "DoH"), ("njalla-doh", "DoH"), ("saldns01-conoha-ipv4", "DNSCrypt"), ("faelix-ch-ipv4", "DNSCrypt"),
               ("dct-de", "DNSCrypt"), ("libredns", "DoH"), ("sth-dnscrypt-se", "DNSCrypt"), ("jp.tiar.app", "DNSCrypt"), ("techsaviours.org-dnscrypt", "DNSCrypt")]
    RELAYS = ["anon-cs-de", "anon-cs-nl", "anon-scaleway", "anon-serbica", "anon-meganerd", "anon-techsaviours.org"]

    def w(lv, msg, ev):
        ms_(L, 0, 80)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] [{lv}] {msg}", ev, lv)

    def probe(first):
        rtts = []
        for name, proto in SERVERS:
            if proto == "DNSCrypt" and first:
                w("INFO", f"Anonymized DNS: routing [{name}] via [{g.c(RELAYS)}]", "anon_route")
            r = g.r.random()
            if r < 0.06:
                w("NOTICE", f"[{name}] TIMEOUT", "timeout")
                continue
            if r < 0.08 and proto == "DNSCrypt":
                w("NOTICE", f"Anonymized DNS: relay [{g.c(RELAYS)}] for [{name}] doesn't seem to work", "relay_down")
                continue
            rtt = g.num(9, 45) if "de" in name or "frankfurt" in name or "cloudflare" in name else g.num(20, 320)
            if proto == "DoH":
                if first:
                    w("INFO", f"[{name}] TLS version: 304 - Protocol: h2 - Cipher suite: 4865", "tls_version")
                w("NOTICE", f"[{name}] OK (DoH) - rtt: {rtt}ms", "ok_doh")
            else:
                w("NOTICE", f"[{name}] OK (DNSCrypt) - rtt: {rtt}ms", "ok_dnscrypt")
            rtts.append((rtt, name))
        return sorted(rtts)

    def start():
        w("NOTICE", "dnscrypt-proxy 2.1.5", "version")
        w("NOTICE", "Network connectivity detected", "network")
        w("NOTICE", "Now listening to 127.0.0.1:5053 [UDP]", "listening")
        w("NOTICE", "Now listening to 127.0.0.1:5053 [TCP]", "listening")
        for src in ["public-resolvers", "relays"]:
            w("NOTICE", f"Source [{src}] loaded", "source_loaded")
        w("NOTICE", "Firefox workaround initialized", "firefox")
        rtts = probe(True)
        w("NOTICE", "Sorted latencies:", "sorted")
        for rtt, name in rtts:
            w("NOTICE", f"- {rtt:5d}ms {name}", "latency_row")
        w("NOTICE", f"Server with the lowest initial latency: {rtts[0][1]} (rtt: {rtts[0][0]}ms)", "lowest")
        w("NOTICE", f"dnscrypt-proxy is ready - live servers: {len(rtts)}", "ready")

    def refresh():
        L.t += dt.timedelta(minutes=240)
        if g.r.random() < 0.3:
            w("INFO", f"Downloading [public-resolvers] from [https://raw.githubusercontent.com/DNSCrypt/dnscrypt-resolvers/master/v3/public-resolvers.md]", "downloading")
            w("INFO", f"Source [public-resolvers] loaded", "source_loaded")
        w("NOTICE", "Refreshing certificates", "refreshing")
        n = len(probe(False))
        w("NOTICE", f"{n} live servers", "live_servers")

    def err():
        w("WARNING", f"[{g.c(SERVERS)[0]}] {g.c(['Response has an invalid source', 'Unsupported resolver', 'Certificate expired'])}", "srv_warning")

    def fail():
        w("ERROR", f"Unable to get the certificate of [{g.c(SERVERS)[0]}]: read udp 192.168.1.3:{g.port()}->{g.ip('pub')}:443: i/o timeout", "cert_unable")

    def restart():
        w("NOTICE", "Quit signal received...", "quit")
        w("NOTICE", "Stopped.", "stopped")
        L.tick(20)
        start()

    start()
    ev = [(20, refresh), (0.6, err), (0.6, fail), (0.6, restart)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- ebusd 23.3 (the Debian package on a Raspberry Pi with an eBUS adapter 5 over the network, --scanconfig, MQTT
#   to Home Assistant) reading a Vaillant ecoTEC plus gas boiler with a sensoCOMFORT VRC 720 controller in a semi-detached house,
#   /var/log/ebusd.log: "2026-12-01 10:00:00.123 [bus notice] message" (the facility and level in brackets); the start with the scan of the
#   participants and their config files, received broadcasts and polled values, unknown commands, signal losses, arbitration and timeouts, MQTT
@checked
def log_ebusd(seed):
    L = Log("ebusd_log", seed, "full", True, True)
    g = L.g
    POLLS = [("bai", "Status01", lambda: f"{g.f(30, 68, 1)};{g.f(25, 50, 1)};-;{g.f(40, 58, 1)};-;{g.c(['on', 'off'])}"),
             ("bai", "FlowTemp", lambda: f"{g.f(28, 70, 2)};ok"), ("bai", "ReturnTemp", lambda: f"{g.f(24, 50, 2)};{g.num(0, 4000)};ok"),
             ("bai", "ModulationTempDesired", lambda: g.f(0, 100, 1)), ("bai", "WaterPressure", lambda: f"{g.f(1.2, 1.9, 3)};ok"),
             ("ctlv2", "OutsideTemp", lambda: g.f(-8, 12, 2)), ("ctlv2", "Hc1ActualFlowTempDesired", lambda: g.f(25, 55, 1)),
             ("ctlv2", "z1RoomTemp", lambda: f"{g.f(18.5, 22.5, 2)};ok"), ("ctlv2", "HwcStorageTemp", lambda: f"{g.f(38, 56, 2)};ok"),
             ("bai", "PumpPower", lambda: str(g.num(20, 100)))]

    def w(fac, lv, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{fac} {lv}] {msg}", ev, lv, fac)

    def start():
        w("main", "notice", "ebusd 23.3.23.3 started with auto scan on device: ens:192.168.178.45:9999, TCP, enhanced", "started")
        w("bus", "notice", "bus started with own address 31/36", "bus_started")
        w("mqtt", "notice", "connection established", "mqtt_connected")
        w("bus", "notice", "signal acquired", "signal_acquired")
        for k, addr in enumerate(["10", "03"]):
            w("bus", "notice", f"new master {addr}, master count {k + 2}", "new_master")
        for a, ident in [("08", "MF=Vaillant;ID=BAI00;SW=0204;HW=9602"), ("15", "MF=Vaillant;ID=CTLV2;SW=0614;HW=6102"), ("26", "MF=Vaillant;ID=VR_71;SW=0110;HW=5103")]:
            w("update", "notice", f"store {a} ident: done", "store_ident")
            w("update", "notice", f"sent scan-read scan.{a}  QQ=31: {ident}", "sent_scan")
            w("main", "notice", f"read common config file vaillant/scan.csv", "read_common")
            fname = {"08": "08.bai.csv", "15": "15.ctlv2.csv", "26": "26.vr_71.csv"}[a]
            w("main", "notice", f"read config file vaillant/{fname}", "read_config")
            w("main", "notice", f"found messages: {g.num(180, 640)} (0 conditional on 0 conditions, 0 poll, 0 update)", "found_messages")

    def poll():
        c, n, val = g.c(POLLS)
        w("update", "notice" if g.r.random() < 0.2 else "info", f"received read {c} {n} QQ=31: {val()}", "received_read")

    def bcast():
        kind = g.c([("outsidetemp", lambda: g.f(-8, 12, 3)), ("datetime", lambda: f"valid;{L.t:%H:%M:%S};{L.t:%d.%m.%Y};{g.f(-8, 12, 3)}")])
        w("update", "notice", f"received update-write broadcast {kind[0]} QQ=10: {kind[1]()}", "bcast")

    def unknown():
        qq = g.c(["10", "31", "03"])
        w("update", "notice", f"received unknown MS cmd: {qq}08b51101{g.c(['01', '02'])} / {g.hx(20)}", "unknown_ms")

    def bus_err():
        k = g.r.random()
        if k < 0.4:
            w("bus", "error", "send to 08: ERR: arbitration lost, retry", "arb_lost")
        elif k < 0.7:
            w("bus", "error", f"send to {g.c(['08', '15'])}: ERR: read timeout, retry", "read_timeout")
        elif k < 0.85:
            w("bus", "error", "signal lost", "signal_lost")
            L.tick(3)
            w("bus", "notice", "signal acquired", "signal_acquired")
        else:
            w("main", "error", f"update check: ERR: read timeout", "upd_check")

    def mqtt_drop():
        w("mqtt", "error", "connection lost", "mqtt_lost")
        L.tick(5)
        w("mqtt", "notice", "connection established", "mqtt_connected")

    start()
    ev = [(60, poll), (10, bcast), (6, unknown), (3, bus_err), (0.4, mqtt_drop)]
    fill(L, ev, N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Erigon 2.60 (mainnet archive node with its internal CL, Caplin, on a staking company's bare-metal server, under
#   systemd with `journalctl -u erigon -o cat`): "[INFO] [12-01|10:00:00.123] message key=value ..." (the month and day only); a new block
#   every twelve seconds with its payload, the staged-sync steps and their timings, RPC daemon notifications, txpool and peer statistics every
#   half minute, memory statistics, slow RPC calls, a peer count dropping, a reorg
@checked
def log_erigon(seed):
    L = Log("erigon_journal_cat", seed, "noyear", True, False)
    g = L.g
    st = {"bn": 21300000 + g.num(0, 9999)}

    def w(lv, msg, ev, kv=()):
        ms_(L, 0, 50)
        tail = "".join(f" {k}={v}" for k, v in kv)
        L.emit(f"[{lv}] [{L.t:%m-%d|%H:%M:%S}.{ms3(L.t)}] {msg}{tail}", ev, lv)

    def h():
        return "0x" + g.hx(64)

    def block():
        L.t = L.t.replace(microsecond=0) + dt.timedelta(seconds=12 - L.t.second % 12)
        ms_(L, 900, 3500)
        st["bn"] += 1
        bn, bh = st["bn"], h()
        w("INFO", "[NewPayload] Handling new payload", "new_payload", [("height", bn), ("hash", bh)])
        w("INFO", "[4/12 Senders] Started", "senders", [("from", bn - 1), ("to", bn)])
        w("INFO", "[7/12 Execution] Completed on", "exec_done", [("block", bn)])
        w("INFO", "RPC Daemon notified of new headers", "rpc_notified", [("from", bn - 1), ("to", bn), ("hash", bh), ("header sending", f"{g.f(8, 40, 3)}µs"),
                                                                      ("log sending", f"{g.num(200, 900)}ns")])
        w("INFO", "head updated", "head_updated", [("hash", bh), ("number", bn)])
        if g.r.random() < 0.35:
            w("INFO", "Timings (slower than 50ms)", "timings", [("BlockHashes", f"{g.num(1, 9)}ms"), ("Senders", f"{g.num(50, 140)}ms"),
                                                             ("Execution", f"{g.num(200, 1400)}ms"), ("HashState", f"{g.num(50, 300)}ms"),
                                                             ("IntermediateHashes", f"{g.num(60, 900)}ms"), ("CallTraces", f"{g.num(50, 150)}ms"),
                                                             ("LogIndex", f"{g.num(50, 200)}ms")])
            w("INFO", "Tables", "tables", [("PlainState", f"{g.f(120, 140, 1)}GB"), ("AccountChangeSet", f"{g.f(180, 200, 1)}GB"),
                                          ("StorageChangeSet", f"{g.f(300, 330, 1)}GB"), ("BlockTransaction", f"{g.f(15, 18, 1)}GB"),
                                          ("TransactionLog", f"{g.f(500, 560, 1)}GB"), ("FreeList", f"{g.f(1, 3, 1)}GB"), ("ReclaimableSpace", f"{g.f(4, 12, 1)}GB")])
        if g.r.random() < 0.01:
            w("INFO", "[NewPayload] Reorg detected", "reorg", [("depth", 1), ("head", bn), ("hash", h())])

    def stats():
        w("INFO", "[txpool] stat", "txpool", [("pending", g.num(9000, 10000)), ("baseFee", g.num(1200, 30000)), ("queued", g.num(20000, 30000)),
                                              ("alloc", f"{g.f(3, 6, 1)}GB"), ("sys", f"{g.f(9, 12, 1)}GB")])
        w("INFO", "[p2p] GoodPeers", "goodpeers", [("eth68", g.num(20, 60)), ("eth67", g.num(2, 14))])
        if g.r.random() < 0.3:
            w("INFO", "[mem] memory stats", "memstats", [("Rss", f"{g.f(20, 28, 1)}GB"), ("Size", "0B"), ("Pss", f"{g.f(20, 28, 1)}GB"),
                                                        ("SharedClean", f"{g.f(1, 3, 1)}GB"), ("SharedDirty", "0B"), ("PrivateClean", f"{g.f(12, 20, 1)}GB"),
                                                        ("PrivateDirty", f"{g.f(4, 6, 1)}GB"), ("Referenced", f"{g.f(20, 28, 1)}GB"), ("Anonymous", f"{g.f(4, 6, 1)}GB"),
                                                        ("Swap", "0B"), ("alloc", f"{g.f(3, 6, 1)}GB"), ("sys", f"{g.f(9, 12, 1)}GB")])

    def slow_rpc():
        m = g.c(["eth_getLogs", "debug_traceTransaction", "eth_call", "trace_block"])
        w("WARN", "[rpc] served", "rpc_slow", [("conn", f"127.0.0.1:{g.port()}"), ("method", m), ("reqid", g.num(1, 90000)), ("t", f"{g.f(10, 60, 6)}s"),
                                                ("err", '"execution reverted"' if m == "eth_call" else '"context deadline exceeded"')])

    def peers_low():
        w("WARN", "[p2p] Peer count is low", "peers_low", [("eth68", g.num(1, 5)), ("eth67", 0)])

    def caplin():
        w("INFO", "[Caplin] Forward Sync", "caplin_fwd", [("progress", st["bn"] - 11100000), ("distance-from-chain-tip", "12s"), ("estimated-time-remaining", "0s")])

    ev = [(30, block), (14, stats), (0.6, slow_rpc), (0.2, peers_low), (4, caplin)]
    fill(L, ev, N_LINES, 10)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- FreeIPA 4.12 on RHEL 9.5: /var/log/ipaserver-install.log of the first server of an engineering firm's realm
#   (`ipa-server-install --setup-dns --auto-forwarders --no-ntp -U`, integrated CA), kept after a first attempt that failed on DNS and a second
#   that went through: Python logging's "2026-12-01T10:00:00Z DEBUG message"; the options dump, external processes with their args, return
#   codes and stdout / stderr (the output of a command going on over lines with no header), the numbered installation steps with their
#   durations, LDAP updates, the traceback of the failed attempt
@checked
def log_freeipa(seed):
    L = Log("freeipa_ipaserver_install_log", seed, "full", True, False)
    g = L.g

    def w(lv, msg, ev, tick=(5, 300)):
        ms_(L, *tick)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%SZ} {lv} {msg}", ev, lv)

    def raw(text, ev):
        L.emit(text, ev)

    def proc(args, rc=0, out="", err=""):
        w("DEBUG", "Starting external process", "ext_start")
        w("DEBUG", f"args={args}", "ext_args")
        ms_(L, 20, 3000)
        w("DEBUG", f"Process finished, return code={rc}", "ext_rc")
        outl = out if isinstance(out, list) else [(out, None)]
        w("DEBUG", f"stdout={outl[0][0]}", "ext_stdout")
        for o, ev in outl[1:]:
            raw(o, ev if o else "empty")
        w("DEBUG", f"stderr={err}", "ext_stderr")

    def ldap_update(n):
        for _ in range(n):
            dn = g.c(["cn=ipaConfig,cn=etc", "cn=accounts", "cn=Replication Managers,cn=sysaccounts,cn=etc", "cn=dns", "cn=sudo", "cn=hbac",
                      "cn=ipa,cn=etc", "cn=topology,cn=ipa,cn=etc", "cn=otp", "cn=certprofiles,cn=ca"]) + ",dc=kobra-engineering,dc=de"
            if g.r.random() < 0.5:
                w("DEBUG", f"New entry: {dn}", "upd_new", (0, 5))
            else:
                w("DEBUG", f"Updating existing entry: {dn}", "upd_existing", (0, 5))
            w("DEBUG", "---------------------------------------------", "upd_rule", (0, 1))
            w("DEBUG", "Final value after applying updates", "upd_final", (0, 1))
            w("DEBUG", f"dn: {dn}", "upd_dn", (0, 1))
            for a in g.r.sample(["objectClass", "aci", "ipaConfigString", "nsslapd-pluginEnabled", "description", "cn"], g.num(1, 3)):
                w("DEBUG", f"{a}:", "upd_attr", (0, 1))
                for _ in range(g.num(1, 3)):
                    w("DEBUG", f"\t{g.c(['top', 'nsContainer', 'ipaGuiConfig', 'on', 'KDC:Disable Last Success', 'ipaConfig', 'extensibleObject'])}", "upd_val", (0, 1))
            w("DEBUG", "Done", "upd_done", (0, 2))

    STEPS = {"directory server (dirsrv)": ["creating directory server instance", "tune ldbm plugin", "adding default schema", "enabling memberof plugin",
                                           "enabling winsync plugin", "configure password logging", "configuring replication version plugin", "enabling IPA enrollment plugin",
                                           "configuring uniqueness plugin", "configuring uuid plugin", "configuring modrdn plugin", "configuring DNS plugin",
                                           "enabling entryUSN plugin", "configuring lockout plugin", "configuring topology plugin", "creating indices",
                                           "enabling referential integrity plugin", "configuring certmap.conf", "configure new location for managed entries",
                                           "configure dirsrv ccache and keytab", "enabling SASL mapping fallback", "restarting directory server", "adding sasl mappings to the directory",
                                           "adding default layout", "adding delegation layout", "creating container for managed entries", "configuring user private groups",
                                           "configuring netgroups from hostgroups", "creating default Sudo bind user", "creating default Auto Member layout",
                                           "adding range check plugin", "creating default HBAC rule allow_all", "adding entries for topology management",
                                           "initializing group membership", "adding master entry", "initializing domain level", "configuring Posix uid/gid generation",
                                           "adding replication acis", "activating sidgen plugin", "activating extdom plugin", "configuring directory to start on boot",
                                           "restarting directory server", "creating DS keytab", "ignore time skew for initial replication"],
             "certificate server (pki-tomcatd)": ["configuring certificate server instance", "Add ipa-pki-wait-running", "Ensure lightweight CAs container exists",
                                                  "Configure HSM in IPA", "Add RA user to certificate profiles", "Add certificate profiles", "configure certmonger for renewals",
                                                  "requesting RA certificate from CA", "publishing the CA certificate", "adding RA agent as a trusted user",
                                                  "configure certificate renewals", "Configure HTTP to proxy connections", "updating IPA configuration",
                                                  "enabling CA instance", "importing IPA certificate profiles", "migrating certificate profiles to LDAP",
                                                  "adding default CA ACL", "adding 'ipa' CA entry", "configuring certmonger renewal for lightweight CAs",
                                                  "deploying ACME service", "restarting certificate server"],
             "Kerberos KDC (krb5kdc)": ["adding kerberos container to the directory", "configuring KDC", "initialize kerberos container",
                                        "adding default ACIs", "creating a keytab for the directory", "creating a keytab for the machine", "adding the password extension to the directory",
                                        "creating anonymous principal", "starting the KDC", "configuring KDC to start on boot"],
             "the web interface (httpd)": ["stopping httpd", "backing up ssl.conf", "disabling nss.conf", "configuring mod_ssl certificate paths",
                                           "setting mod_ssl protocol list", "configuring mod_ssl log directory", "disabling mod_ssl OCSP", "adding URL rewriting rules",
                                           "configuring httpd", "setting up httpd keytab", "configuring Gssproxy", "setting up ssl", "configure certmonger for renewals",
                                           "publish CA cert", "clean up any existing httpd ccaches", "enable ccache sweep", "configuring SELinux for httpd",
                                           "create KDC proxy config", "enable KDC proxy", "starting httpd", "configuring httpd to start on boot"],
             "DNS (named)": ["generating rndc key file", "adding DNS container", "setting up our zone", "setting up our own record", "setting up records for other masters",
                             "adding NS record to the zones", "setting up kerberos principal", "setting up named.conf", "setting up server configuration",
                             "configuring named to start on boot", "changing resolv.conf to point to ourselves"]}

    def header(attempt):
        w("DEBUG", "Logging to /var/log/ipaserver-install.log", "logging_to")
        w("DEBUG", "ipa-server-install was invoked with arguments [] and options: {'unattended': True, 'ip_addresses': None, 'domain_name': "
          "'kobra-engineering.de', 'realm_name': 'KOBRA-ENGINEERING.DE', 'host_name': 'idm1.kobra-engineering.de', 'ca_cert_files': None, "
          "'setup_adtrust': False, 'setup_kra': False, 'setup_dns': True, 'forwarders': None, 'auto_forwarders': True, 'no_ntp': True, 'setup_ca': True}",
          "invoked")
        w("DEBUG", "IPA version 4.12.2-1.el9_5", "ipa_version")
        w("DEBUG", "IPA platform rhel", "ipa_platform")
        w("DEBUG", "IPA os-release Red Hat Enterprise Linux 9.5 (Plow)", "ipa_osrelease")
        w("DEBUG", "Loading Index file from '/var/lib/ipa/sysrestore/sysrestore.index'", "loading_index")
        w("DEBUG", "Loading StateFile from '/var/lib/ipa/sysrestore/sysrestore.state'", "loading_state")
        for svc in ["chronyd.service", "ntpd.service", "named.service"]:
            proc(f"['/bin/systemctl', 'is-active', '{svc}']", 0 if svc == "chronyd.service" else 3, "active" if svc == "chronyd.service" else "inactive")
        proc("['/usr/sbin/selinuxenabled']")
        proc("['/usr/bin/hostname', '-f']", 0, "idm1.kobra-engineering.de")
        proc("['/bin/certutil', '-d', 'sql:/etc/ipa/nssdb', '-L']", 0,
             [("", None), ("Certificate Nickname                                         Trust Attributes", "certutil_head"),
              ("                                                             SSL,S/MIME,JAR/XPI", "certutil_head2"), ("", None),
              ("KOBRA-ENGINEERING.DE IPA CA                                   CT,C,C", "certutil_row"), ("", None)])
        w("DEBUG", "Search DNS for SRV record of _ldap._tcp.kobra-engineering.de", "srv_search")
        w("DEBUG", "DNS record not found: NXDOMAIN", "dns_nxdomain")
        if attempt == 1:
            w("DEBUG", "Checking DNS domain kobra-engineering.de, please wait ...", "dns_check")
            w("DEBUG", "", "debug_empty")
            raw("Traceback (most recent call last):", "tb_head")
            for f, ln, fn, src in [("/usr/lib/python3.9/site-packages/ipapython/admintool.py", 180, "execute", "return_value = self.run()"),
                                   ("/usr/lib/python3.9/site-packages/ipaserver/install/ipa_server_install.py", 48, "run", "return server.install_check(self)"),
                                   ("/usr/lib/python3.9/site-packages/ipaserver/install/server/__init__.py", 1230, "decorated", "func(installer)"),
                                   ("/usr/lib/python3.9/site-packages/ipaserver/install/server/install.py", 681, "install_check", "dns.install_check(False, api, False, options, host_name)"),
                                   ("/usr/lib/python3.9/site-packages/ipaserver/install/dns.py", 131, "install_check",
                                    "dnsutil.check_zone_overlap(domain, raise_on_error=False)"),
                                   ("/usr/lib/python3.9/site-packages/ipapython/dnsutil.py", 512, "check_zone_overlap", "raise ValueError(msg)")]:
                raw(f'  File "{f}", line {ln}, in {fn}', "tb_file")
                raw(f"    {src}", "tb_src")
            raw("ValueError: DNS zone kobra-engineering.de already exists in DNS and is handled by server(s): ns1.hosting-provider.net., ns2.hosting-provider.net.",
                "tb_exc")
            w("DEBUG", "The ipa-server-install command failed, exception: ValueError: DNS zone kobra-engineering.de already exists in DNS and is handled by server(s): "
              "ns1.hosting-provider.net., ns2.hosting-provider.net.", "cmd_failed_dbg")
            w("ERROR", "DNS zone kobra-engineering.de already exists in DNS and is handled by server(s): ns1.hosting-provider.net., ns2.hosting-provider.net.", "err_msg")
            w("ERROR", "The ipa-server-install command failed. See /var/log/ipaserver-install.log for more information", "cmd_failed")
            L.t += dt.timedelta(minutes=g.num(20, 60))

    def service(name, steps):
        w("INFO", f"Configuring {name}. Estimated time: {g.c(['30 seconds', '1 minute', '3 minutes', '10 seconds'])}", "configuring")
        for i, s in enumerate(steps, 1):
            w("INFO", f"  [{i}/{len(steps)}]: {s}", "step")
            r = g.r.random()
            if r < 0.35:
                unit = g.c(["dirsrv@KOBRA-ENGINEERING-DE.service", "krb5kdc.service", "httpd.service", "pki-tomcatd@pki-tomcat.service", "named.service"])
                proc(f"['/bin/systemctl', '{g.c(['restart', 'start', 'is-active', 'enable'])}', '{unit}']")
            elif r < 0.55:
                ldap_update(g.num(1, 3))
            elif r < 0.65:
                w("DEBUG", f"Created connection context.ldap2_{g.num(139800000000000, 139899999999999)}", "conn_created")
                w("DEBUG", f"Destroyed connection context.ldap2_{g.num(139800000000000, 139899999999999)}", "conn_destroyed")
            elif r < 0.72:
                w("DEBUG", f"Backing up system configuration file '/etc/{g.c(['krb5.conf', 'httpd/conf.d/ssl.conf', 'named.conf', 'sysconfig/dirsrv', 'resolv.conf'])}'", "backup_file")
                w("DEBUG", "Saving Index File to '/var/lib/ipa/sysrestore/sysrestore.index'", "saving_index")
            elif r < 0.78:
                w("DEBUG", f"Waiting up to 300 seconds for file /var/run/dirsrv/slapd-KOBRA-ENGINEERING-DE.socket", "waiting_file")
            w("DEBUG", f"  duration: {g.f(0, 40, 2)} sec", "duration", (10, 9000))
        w("INFO", f"Done configuring {name}.", "done_configuring")

    header(1)
    header(2)
    for name, steps in STEPS.items():
        service(name, steps)
        if len(L.rows) >= N_LINES:
            break
    w("INFO", "Upgrading IPA:. Estimated time: 1 minute 30 seconds", "configuring")
    for i, s in enumerate(["stopping directory server", "saving configuration", "disabling listeners", "enabling DS global lock", "disabling Schema Compat",
                           "starting directory server", "upgrading server", "stopping directory server", "restoring configuration", "starting directory server"], 1):
        w("INFO", f"  [{i}/10]: {s}", "step")
        if s == "upgrading server":
            while len(L.rows) < N_LINES - 12:
                uf = g.c(["20-aci.update", "20-dns.update", "40-delegation.update", "45-roles.update", "50-krbenctypes.update", "60-trusts.update", "73-winsync.update"])
                w("DEBUG", f"Processing update file /usr/share/ipa/updates/{uf}", "upd_file", (0, 20))
                ldap_update(g.num(1, 3))
        w("DEBUG", f"  duration: {g.f(0, 40, 2)} sec", "duration", (10, 9000))
    w("INFO", "Done.", "done")
    w("INFO", "Configuring client side components", "client_side")
    proc("['/usr/sbin/ipa-client-install', '--on-master', '--unattended', '--domain', 'kobra-engineering.de', '--server', 'idm1.kobra-engineering.de', "
         "'--realm', 'KOBRA-ENGINEERING.DE', '--hostname', 'idm1.kobra-engineering.de', '--no-ntp']", 0, "Client configuration complete.")
    w("INFO", "Please add records in this file to your DNS system: /tmp/ipa.system.records.x9_2k1ha.db", "add_records")
    w("INFO", "The ipa-server-install command was successful", "cmd_ok")
    while len(L.rows) < N_LINES:
        proc("['/bin/systemctl', 'is-active', 'ipa.service']", 0, "active")
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4] == "2026" and r[0][4:5] == "-")
    return L


# 11 --------------------------------------------------------------- GeoServer 2.25 (the WAR in Tomcat 9 with the default logging profile, a PostGIS store and GeoWebCache) serving
#   a regional planning authority's WMS and WFS to QGIS users and a web map, data_dir/logs/geoserver.log: "01 Dec 10:00:00 INFO   [geoserver.ows]
#   - message" (log4j2's "%d{dd MMM HH:mm:ss} %-6p [%c{2}] - %m": no year); every OWS request logged as "Request: getMap" with its parameters
#   one "    Key = value" line each under an empty-message head, tile seeding, rendering warnings, exceptions of unknown layers and a PostGIS time-out
@checked
def log_geoserver(seed):
    L = Log("geoserver_log", seed, "noyear", True, True)
    g = L.g
    LAYERS = ["rpv:bebauungsplaene", "rpv:flurstuecke", "rpv:naturschutzgebiete", "rpv:windenergie_vorrang", "rpv:gemeindegrenzen", "basis:dop20_rgb", "basis:topplus_grau"]

    def head(lv, lg, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%d %b %H:%M:%S} {lv:<6} [{lg}] - {msg}", ev, lv, lg)

    def cont(text, ev, lv, lg):
        L.emit(text, ev, lv, lg)

    def req(op, params):
        head("INFO", "geoserver.ows", "", "ows_head")
        cont(f"Request: {op}", "ows_request", "INFO", "geoserver.ows")
        for k, v in params:
            cont(f"    {k} = {v}", "kv_" + k, "INFO", "geoserver.ows")

    def bbox():
        x, y = g.num(420000, 480000), g.num(5500000, 5580000)
        d = g.c([500, 1000, 2500, 10000])
        return f"ReferencedEnvelope[{x}.0 : {x + d}.0, {y}.0 : {y + d}.0]"

    def getmap():
        lay = ",".join(g.r.sample(LAYERS, g.num(1, 2)))
        w, h = g.c([(256, 256), (512, 512), (1024, 768), (1920, 937)])
        req("getMap", [("Angle", "0.0"), ("BaseUrl", "https://geo.rpv-example.de/geoserver/"), ("Bbox", bbox()), ("BgColor", "java.awt.Color[r=255,g=255,b=255]"),
                       ("Buffer", "0"), ("CQLFilter", "null"), ("Crs", "EPSG:25832"), ("Elevation", "[]"), ("Env", "{}"), ("Exceptions", "SE_XML"),
                       ("FeatureId", "null"), ("Filter", "null"), ("Format", g.c(["image/png", "image/png; mode=8bit", "image/jpeg"])), ("FormatOptions", "{dpi=96}"),
                       ("Height", h), ("Interpolations", "[]"), ("Layers", f"[{lay}]"), ("MaxFeatures", "null"), ("Palette", "null"),
                       ("RawKvp", f"{{SERVICE=WMS, VERSION=1.3.0, REQUEST=GetMap, FORMAT=image/png, TRANSPARENT=true, LAYERS={lay}, CRS=EPSG:25832, STYLES=, WIDTH={w}, HEIGHT={h}}}"),
                       ("RemoteOwsType", "null"), ("RemoteOwsURL", "null"), ("Request", "GetMap"), ("RequestCharset", "null"), ("ScaleMethod", "null"),
                       ("Service", "WMS"), ("SldBody", "null"), ("SldVersion", "null"), ("Styles", "[]"), ("Time", "[]"), ("Transparent", "true"),
                       ("ValidateSchema", "false"), ("Version", "1.3.0"), ("ViewParams", "null"), ("Width", w)])

    def getfeature():
        lay = g.c(LAYERS[:5])
        req("GetFeature", [("baseUrl", "https://geo.rpv-example.de/geoserver/"), ("count", g.c(["null", "1000", "50"])), ("extendedProperties", "{}"),
                           ("formatOptions", "{}"), ("handle", "null"), ("outputFormat", g.c(["application/json", "text/xml; subtype=gml/3.2"])),
                           ("queries", f"[QueryType[typeNames=[{lay}], srsName=urn:ogc:def:crs:EPSG::25832, abstractProjectionClause=[]]]"),
                           ("resolve", "none"), ("resultType", "results"), ("service", "WFS"), ("startIndex", "0"), ("version", "2.0.0")])

    def caps():
        req("GetCapabilities", [("AcceptFormats", "null"), ("AcceptVersions", "null"), ("BaseUrl", "https://geo.rpv-example.de/geoserver/"), ("Namespace", "null"),
                                ("RawKvp", "{SERVICE=WMS, REQUEST=GetCapabilities}"), ("Request", "GetCapabilities"), ("Service", "WMS"), ("UpdateSequence", "null"),
                                ("Version", "1.3.0")])

    def warn_render():
        head("WARN", "renderer.lite", f"Could not reproject the bounding box, turning off advanced coordinate handling", "reproject_warn")

    def unknown_layer():
        lay = g.c(["rpv:bebauungsplaene_alt", "topp:states", "rpv:Windenergie", "rpv:regionalplan2010"])
        head("ERROR", "geoserver.ows", "", "ows_err_head")
        cont(f"org.geoserver.platform.ServiceException: Could not find layer {lay}", "svc_exc", "ERROR", "geoserver.ows")
        for f in ["org.geoserver.wms.map.GetMapKvpRequestReader.parseLayers(GetMapKvpRequestReader.java:1421)",
                  "org.geoserver.wms.map.GetMapKvpRequestReader.read(GetMapKvpRequestReader.java:332)",
                  "org.geoserver.ows.Dispatcher.parseRequestKVP(Dispatcher.java:1561)", "org.geoserver.ows.Dispatcher.handleRequestInternal(Dispatcher.java:268)",
                  "org.springframework.web.servlet.mvc.AbstractController.handleRequest(AbstractController.java:177)"]:
            cont(f"\tat {f}", "java_at", "ERROR", "geoserver.ows")

    def pg_timeout():
        head("WARN", "geotools.jdbc", "Failed to execute query: ERROR: canceling statement due to statement timeout", "pg_timeout")

    def seed_task():
        lay = g.c(LAYERS[5:] + LAYERS[:2])
        head("INFO", "seed.SeedTask", f"Thread {g.num(0, 3)} (Task {g.num(1, 40)}) completed SEED task for layer {lay} after {g.num(3, 4000)} seconds", "seed_done")

    def reload():
        head("INFO", "config.GeoServerLoader", "Reloading catalog and configuration", "reload")

    ev = [(30, getmap), (8, getfeature), (3, caps), (2, warn_render), (1, unknown_layer), (0.7, pg_timeout), (1.5, seed_task), (0.1, reload)]
    fill(L, ev, N_LINES, 5)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- GnuPG 2.4.4 (Ubuntu 24.04) on a release engineer's laptop signing commits and tags, with a YubiKey for the
#   subkeys and gpg-agent as the SSH agent; gpg-agent.conf has log-file ~/.gnupg/agent.log and debug ipc, scdaemon.conf logs to the same file:
#   "2026-12-01 10:00:00 gpg-agent[2811] DBG: chan_10 <- HAVEKEY ..." (local time, UTC); Assuan dialogues of gpg, git and ssh with the agent,
#   the agent with scdaemon (hex data lines), pinentry launches, SSH requests, a cancelled PIN entry, a card removed and inserted
@checked
def log_gpg_agent(seed):
    L = Log("gpg_agent_log", seed, "full", True, True)
    g = L.g
    st = {"ch": 5, "pid": 2811, "sc": 2904}
    GRIPS = ["8C1B0F5E3A9D27C4E6F0B1A2D3C4E5F60718293A", "F0E1D2C3B4A5968778695A4B3C2D1E0F1A2B3C4D", "3D4C5B6A79881726354453627180F9E8D7C6B5A4"]

    def w(prog, msg, ev, dbg=False):
        ms_(L, 0, 12)
        pid = st["pid"] if prog == "gpg-agent" else st["sc"]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {prog}[{pid}] {'DBG: ' if dbg else ''}{msg}", ev, "debug" if dbg else None, prog)

    def c_in(ch, text, prog="gpg-agent"):
        w(prog, f"chan_{ch} <- {text}", "chan_in", True)

    def c_out(ch, text, prog="gpg-agent"):
        w(prog, f"chan_{ch} -> {text}", "chan_out", True)

    def c_data(ch, prog="gpg-agent"):
        n = g.num(20, 900)
        w(prog, f"chan_{ch} -> [ {' '.join(g.hx(2) for _ in range(16))} ...({n} byte(s) skipped) ]", "chan_data", True)

    def client(kind):
        st["ch"] = g.c([5, 6, 7, 8, 9, 10, 11, 12])
        ch = st["ch"]
        w("gpg-agent", f"handler 0x7f{g.hx(10)} for fd {ch} started", "handler_started")
        c_out(ch, f"OK Pleased to meet you, process {g.num(3000, 90000)}")
        c_in(ch, "RESET")
        c_out(ch, "OK")
        for o in ["ttyname=/dev/pts/" + str(g.num(0, 6)), "ttytype=xterm-256color", "display=:0", "lc-ctype=de_DE.UTF-8", "lc-messages=de_DE.UTF-8"]:
            c_in(ch, f"OPTION {o}")
            c_out(ch, "OK")
        c_in(ch, "GETINFO version")
        c_data(ch)
        c_out(ch, "OK")
        if kind == "sign":
            grip = g.c(GRIPS)
            c_in(ch, f"HAVEKEY {grip}")
            c_out(ch, "OK")
            c_in(ch, f"SIGKEY {grip}")
            c_out(ch, "OK")
            c_in(ch, f"SETKEYDESC Bitte+geben+Sie+die+Passphrase+ein,+um+den+geheimen+Schlüssel+des+OpenPGP-Zertifikats+zu+entsperren:%0A%22Jana+Roth+<jana.roth@example.dev>%22")
            c_out(ch, "OK")
            c_in(ch, f"SETHASH 10 {g.HX(64)}")
            c_out(ch, "OK")
            c_in(ch, "PKSIGN")
            card(grip)
            if g.r.random() < 0.06:
                w("gpg-agent", "command 'PKSIGN' failed: Operation cancelled <Pinentry>", "pksign_failed")
                c_out(ch, "ERR 83886179 Operation cancelled <Pinentry>")
            else:
                c_data(ch)
                c_out(ch, "OK")
        elif kind == "list":
            c_in(ch, "HAVEKEY --list=1000")
            c_data(ch)
            c_out(ch, "OK")
            c_in(ch, "KEYINFO --list")
            for grip in GRIPS:
                c_out(ch, f"S KEYINFO {grip} T D2760001240100000006{g.HX(8)}0000 OPENPGP.{g.num(1, 3)} - - - - -")
            c_out(ch, "OK")
        w("gpg-agent", f"handler 0x7f{g.hx(10)} for fd {ch} terminated", "handler_terminated")

    def card(grip):
        sc = 7
        c_in(sc, "SERIALNO", "scdaemon")
        if g.r.random() < 0.03:
            c_out(sc, "ERR 100696144 No such device <SCD>", "scdaemon")
            w("gpg-agent", "failed to unprotect the secret key: No such device", "unprotect_failed")
            return
        c_out(sc, f"S SERIALNO D2760001240100000006{g.HX(8)}0000", "scdaemon")
        c_out(sc, "OK", "scdaemon")
        if g.r.random() < 0.3:
            w("gpg-agent", f"pinentry launched ({g.num(3000, 90000)} gnome3 1.2.1 /dev/pts/{g.num(0, 6)} xterm-256color :0 - 1000/1000/-1 1000/1000 -)", "pinentry_launched")
        c_in(sc, f"PKSIGN --hash=sha256 {grip[:8]}", "scdaemon")
        c_data(sc, "scdaemon")
        c_out(sc, "OK", "scdaemon")

    def ssh():
        fd = g.num(9, 14)
        w("gpg-agent", f"ssh handler 0x7f{g.hx(10)} for fd {fd} started", "ssh_started")
        w("gpg-agent", "ssh request handler for request_identities (11) started", "ssh_req_started")
        w("gpg-agent", "ssh request handler for request_identities (11) ready", "ssh_req_ready")
        if g.r.random() < 0.8:
            w("gpg-agent", "ssh request handler for sign_request (13) started", "ssh_req_started")
            card(GRIPS[2])
            w("gpg-agent", "ssh request handler for sign_request (13) ready", "ssh_req_ready")
        w("gpg-agent", f"ssh handler 0x7f{g.hx(10)} for fd {fd} terminated", "ssh_terminated")

    def card_event():
        w("scdaemon", "updating reader 0 (0) status: 0x0007->0x0000 (1->2)", "reader_status")
        w("scdaemon", f"updating reader 0 (0) status: 0x0000->0x0007 ({g.num(2, 9)}->{g.num(3, 10)})", "reader_status")
        w("scdaemon", f"detected reader 'Yubico YubiKey OTP+FIDO+CCID 00 00'", "detected_reader")

    def restart():
        st["pid"] = g.num(2000, 90000)
        st["sc"] = st["pid"] + g.num(20, 300)
        w("gpg-agent", "gpg-agent (GnuPG) 2.4.4 started", "agent_started")
        w("gpg-agent", "listening on: std=3 extra=4 browser=5 ssh=6", "listening")
        w("scdaemon", "scdaemon (GnuPG) 2.4.4 started", "sc_started")

    def hup():
        w("gpg-agent", "SIGHUP received - re-reading configuration and flushing cache", "sighup")

    restart()
    ev = [(12, lambda: client("sign")), (6, lambda: client("list")), (10, ssh), (0.8, card_event), (0.3, restart), (0.3, hup)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Heritrix 3.4 (the Internet Archive's crawler, a state library's yearly crawl of the .de web of public
#   authorities, 50 toe threads), jobs/behoerden-2026/20261201100000/logs/crawl.log: one fixed-width line per fetch, "2026-12-01T10:00:00.123Z
#   200      12345 https://... LLE https://via/ text/html #042 20261201095959876+245 sha1:... - annotations": the status right-aligned to five,
#   the size to ten, the discovery path, the referrer, the MIME type, the thread, the fetch start and its duration, the digest, the source tag and
#   annotations; DNS look-ups (status 1), robots.txt, pages, PDFs and images, redirects, 404s, time-outs and the crawler's negative codes
@checked
def log_heritrix(seed):
    L = Log("heritrix_crawl_log", seed, "full")
    g = L.g
    HOSTS = ["www.bundesamt-beispiel.de", "www.landratsamt-musterkreis.de", "www.stadt-musterhausen.de", "service.land-beispiel.de", "www.gemeinde-beispieldorf.de",
             "www.polizei-beispiel.de", "www.umweltamt-beispiel.de", "www.verwaltung-muster.de", "buergerservice.stadt-musterhausen.de", "www.statistik-beispiel.de"]
    PATHS = ["/", "/aktuelles/", "/presse/pressemitteilungen/", "/buergerservice/formulare/", "/themen/umwelt/", "/impressum/", "/datenschutz/",
             "/kontakt/", "/stellenangebote/", "/veranstaltungen/", "/satzungen/", "/amtsblatt/"]
    b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    seen = []

    def row(status, size, uri, path, via, mime, ann="-"):
        ms_(L, 0, 120)
        start = L.t - dt.timedelta(milliseconds=g.num(30, 3000))
        dur = g.num(5, 2500)
        digest = "sha1:" + "".join(g.r.choice(b32) for _ in range(32)) if status > 0 else "-"
        fetch = f"{start:%Y%m%d%H%M%S}{ms3(start)}+{dur}" if status != -9998 else "-"
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {status:>5} {size:>10} {uri} {path} {via} {mime} #{g.num(0, 49):03d} {fetch} {digest} - {ann}", "crawl")

    def fetch():
        h = g.c(HOSTS)
        base = f"https://{h}"
        if h not in seen:
            seen.append(h)
            row(1, g.num(50, 70), f"dns:{h}", "P", f"{base}/", "text/dns")
            row(200, g.num(80, 900), f"{base}/robots.txt", "P", f"{base}/", "text/plain")
        p = g.c(PATHS)
        kind = g.r.random()
        via = f"{base}{g.c(PATHS)}"
        dp = g.c(["L", "LL", "LLL", "LLE", "LLLE", "LX", "LLX", "R", "LR"])
        if kind < 0.55:
            sub = p + ("" if g.r.random() < 0.4 else f"{g.c(['artikel', 'meldung', 'seite', 'detail'])}-{g.num(100, 99999)}.html")
            row(200, g.num(8000, 260000), f"{base}{sub}", dp, via, "text/html", g.c(["-", "-", "duplicate:digest", f"content-size:{g.num(8000, 300000)}"]))
        elif kind < 0.72:
            row(200, g.num(2000, 900000), f"{base}/fileadmin/user_upload/{g.c(['bild', 'logo', 'header', 'foto'])}_{g.num(1, 999)}.{g.c(['jpg', 'png', 'svg', 'webp'])}",
                dp + "E", via, g.c(["image/jpeg", "image/png", "image/svg+xml", "image/webp"]))
        elif kind < 0.8:
            row(200, g.num(50000, 40000000), f"{base}/fileadmin/dokumente/{g.c(['Amtsblatt', 'Satzung', 'Haushaltsplan', 'Bebauungsplan', 'Formular'])}_{g.num(2019, 2026)}_{g.num(1, 52)}.pdf",
                dp, via, "application/pdf")
        elif kind < 0.86:
            row(g.c([301, 302]), g.num(0, 600), f"{base}{p.rstrip('/')}", dp, via, "text/html")
        elif kind < 0.91:
            row(404, g.num(1000, 30000), f"{base}{p}{g.c(['alt', 'archiv-2012', 'index.php'])}/", dp, via, "text/html")
        elif kind < 0.94:
            row(200, g.num(300, 90000), f"{base}/typo3temp/assets/{g.c(['css', 'js'])}/{g.hx(10)}.{g.c(['css', 'js'])}", dp + "E", via,
                g.c(["text/css", "application/javascript"]))
        else:
            st_ = g.c([-1, -2, -6, -61, -9998, -5003, 500, 503])
            row(st_, "-" if st_ < 0 else g.num(200, 5000), f"{base}{p}{g.c(['intern/', 'login/', 'suche/?q=' + g.c(['abfall', 'kita', 'parken'])])}", dp, via,
                "unknown" if st_ < 0 else "text/html", "-" if st_ >= 0 else g.c(["-", "err=java.net.SocketTimeoutException", "3t"]))

    fill(L, [(1, fetch)], N_LINES, 0.3)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Informatica PowerCenter 10.5.4 (Integration Service IS_DWH_PROD on a Linux node, Oracle 19c sources and targets)
#   loading an insurer's data warehouse at night; the session logs of one night's workflow saved from the Workflow Monitor as text and
#   concatenated: "2026-12-01 02:00:00 : INFO : (18342 | DIRECTOR) : (IS | IS_DWH_PROD) : node01_etl01 : TM_6014 : Initializing session ..." (the
#   process id and thread, the service, the node, the message code); session start-up, SQL issued, readers and writers starting and ending,
#   the load summary, rejected rows and a unique-constraint error of one session that fails
@checked
def log_informatica(seed):
    L = Log("informatica_session_logs", seed, "full", True, False, start=dt.datetime(2026, 12, 1, 2, 0, 0, tzinfo=UTC))
    g = L.g
    SESS = [("s_m_STG_PARTNER", "STG_PARTNER", "PARTNER"), ("s_m_STG_VERTRAG", "STG_VERTRAG", "VERTRAG"), ("s_m_DIM_KUNDE", "DIM_KUNDE", "STG_PARTNER"),
            ("s_m_FCT_SCHADEN", "FCT_SCHADEN", "SCHADENFALL"), ("s_m_FCT_PRAEMIE", "FCT_PRAEMIE", "PRAEMIE_BUCHUNG"), ("s_m_DIM_PRODUKT", "DIM_PRODUKT", "PRODUKT")]

    def w(lv, th, code, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} : {lv} : ({st['pid']} | {th}) : (IS | IS_DWH_PROD) : node01_etl01 : {code} : {msg}", ev, lv)

    st = {"pid": 18342}

    def ct():
        return ctime(L.t).replace("  ", " ")

    def session():
        s, tgt, src = g.c(SESS)
        st["pid"] = g.num(10000, 60000)
        w("INFO", "DIRECTOR", "TM_6014", f"Initializing session [{s}] at [{ct()}].", "tm6014")
        w("INFO", "DIRECTOR", "TM_6683", "Repository Name: [REP_DWH_PROD]", "tm6683")
        w("INFO", "DIRECTOR", "TM_6684", "Server Name: [IS_DWH_PROD]", "tm6684")
        w("INFO", "DIRECTOR", "TM_6686", "Folder: [DWH_LOAD]", "tm6686")
        w("INFO", "DIRECTOR", "TM_6685", "Workflow: [wf_DWH_NIGHTLY] Run Instance Name: [] Run Id: [" + str(g.num(400000, 499999)) + "]", "tm6685")
        w("INFO", "DIRECTOR", "TM_6101", f"Mapping name: m_{s[4:]}.", "tm6101")
        w("INFO", "DIRECTOR", "TM_6964", "Date format for the Session is [MM/DD/YYYY HH24:MI:SS.US]", "tm6964")
        w("INFO", "DIRECTOR", "TM_6703", f"Session [{s}] is run by 64-bit Integration Service  [node01_etl01], version [10.5.4], build [0415].", "tm6703")
        w("INFO", "MANAGER", "PETL_24058", "Running Partition Group [1].", "petl24058")
        w("INFO", "MANAGER", "PETL_24000", "Parallel Pipeline Engine initializing.", "petl24000")
        w("INFO", "MANAGER", "PETL_24001", "Parallel Pipeline Engine running.", "petl24001")
        w("INFO", "MAPPING", "TE_7022", f"TShmWriter: Initialized", "te7022")
        w("INFO", "MAPPING", "TM_6007", f"DTM buffer pool size [{g.c([24000000, 64000000, 128000000])}] calculated", "tm6007")
        if g.r.random() < 0.3:
            w("WARNING", "MAPPING", "TE_7004", f"Transformation Parse Warning [IIF(ISNULL(GEBURTSDATUM), TO_DATE('01/01/1900','MM/DD/YYYY'), GEBURTSDATUM)]; transformation continues...",
              "te7004")
        w("INFO", "READER_1_1_1", "RR_4029", "SQ Instance [SQ_" + src + "] User specified SQL Query [SELECT * FROM DWH_SRC." + src + " WHERE AEND_DAT >= TRUNC(SYSDATE) - 1]",
          "rr4029")
        w("INFO", "READER_1_1_1", "RR_4049", f"SQL Query issued to database : ({ct()})", "rr4049")
        L.tick(20)
        w("INFO", "READER_1_1_1", "RR_4050", f"First row returned from database to reader : ({ct()})", "rr4050")
        w("INFO", "WRITER_1_*_1", "WRT_8146", f"Writer: Target is database [DWHPROD], user [DWH_LOAD], bulk mode [OFF]", "wrt8146")
        w("INFO", "WRITER_1_*_1", "WRT_8106", "Target [" + tgt + "] is using Normal load", "wrt8106")
        w("INFO", "WRITER_1_*_1", "WRT_8167", f"Start loading table [{tgt}] at: {ct()}", "wrt8167")
        rows = g.num(200, 900000)
        for k in range(g.num(0, 4)):
            L.tick(60)
            w("INFO", "WRITER_1_*_1", "WRT_8161", f"TARGET BASED COMMIT POINT  {ct()}", "wrt8161")
        rej = 0
        fail = g.r.random() < 0.1
        if g.r.random() < 0.15 or fail:
            rej = g.num(1, 40)
            w("ERROR", "WRITER_1_*_1", "WRT_8229", f"Database errors occurred: ", "wrt8229")
            L.emit(f"ORA-00001: unique constraint (DWH.PK_{tgt}) violated", "ora_line", "ERROR")
            L.emit("", "empty", "ERROR")
            L.emit(f"Database driver error...", "driver_error", "ERROR")
            L.emit(f"Function Name : Execute Multiple", "fn_name", "ERROR")
            L.emit(f"SQL Stmt : INSERT INTO {tgt}({g.c(['KUNDE_ID', 'VERTRAG_ID', 'SCHADEN_ID'])},GUELTIG_AB,GUELTIG_BIS,LADE_DAT) VALUES ( ?, ?, ?, ?)", "sql_stmt", "ERROR")
        if fail:
            w("ERROR", "WRITER_1_*_1", "WRT_8333", "Rolling back all the targets due to fatal session error.", "wrt8333")
            w("ERROR", "WRITER_1_*_1", "WRT_8325", "Final rollback executed for the target [" + tgt + "] at end of load", "wrt8325")
            w("ERROR", "MANAGER", "PETL_24042", "The Master DTM process (pid = " + str(st["pid"]) + ") has detected an error in the pipeline.", "petl24042")
            w("INFO", "DIRECTOR", "TM_6020", f"Session [{s}] completed at [{ct()}].", "tm6020")
            return
        w("INFO", "READER_1_1_1", "BLKR_16019", f"Read [{rows}] rows, read [0] error rows for source table [{src}] instance name [{src}]", "blkr16019")
        w("INFO", "READER_1_1_1", "RR_4026", "Reader run completed.", "rr4026")
        w("INFO", "TRANSF_1_1_1", "DBG_21216", f"Finished transformations for Source Qualifier [SQ_{src}]. Total errors [{rej}]", "dbg21216")
        w("INFO", "WRITER_1_*_1", "WRT_8168", f"End loading table [{tgt}] at: {ct()}", "wrt8168")
        w("INFO", "WRITER_1_*_1", "WRT_8035", f"Load complete time: {ct()}", "wrt8035")
        w("INFO", "WRITER_1_*_1", "WRT_8043", "*****END LOAD SESSION*****", "wrt8043")
        w("INFO", "WRITER_1_*_1", "WRT_8036", f"Target: {tgt} (Instance Name: [{tgt}])", "wrt8036")
        w("INFO", "WRITER_1_*_1", "WRT_8038", f"Inserted rows - Requested: {rows - rej} Applied: {rows - rej} Rejected: {rej} Affected: {rows - rej}", "wrt8038")
        w("INFO", "WRITER_1_*_1", "WRT_8041", f"Updated rows - Requested: 0 Applied: 0 Rejected: 0 Affected: 0", "wrt8041")
        w("INFO", "WRITER_1_*_1", "WRT_8006", "Writer run completed.", "wrt8006")
        w("INFO", "MANAGER", "PETL_24031", f"***** RUN INFO FOR TGT LOAD ORDER GROUP [1], CONCURRENT SET [1] *****", "petl24031")
        w("INFO", "MANAGER", "PETL_24005", "Starting post-session tasks. : (" + ct() + ")", "petl24005")
        w("INFO", "MANAGER", "PETL_24029", "Post-session task completed successfully. : (" + ct() + ")", "petl24029")
        w("INFO", "DIRECTOR", "TM_6020", f"Session [{s}] completed at [{ct()}].", "tm6020")

    fill(L, [(1, session)], N_LINES, 120)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4] == "2026")
    return L


# 15 --------------------------------------------------------------- iRODS 4.3.2 (the provider of a university's research data management zone "rdmZone", PostgreSQL catalog, a
#   unixfilesystem and an S3 resource, the Python rule engine), rsyslog writing /var/log/irods/irods.log with the message alone: one JSON object
#   per line, keys sorted, "server_timestamp" in UTC; agents started for clients, puts and gets with the API names, authentication failures,
#   the delay server's rules, replica creation, a resource down, permissions denied
@checked
def log_irods(seed):
    L = Log("irods_log", seed, "full", True, True)
    g = L.g
    USERS = ["rdm_service", "jkoenig", "smehta", "lab_proteomics", "ahoffmann", "mwu", "rods"]

    def w(lv, cat, msg, ev, req=True, extra=None, stype="agent"):
        ms_(L, 0, 120)
        d = {"log_category": cat, "log_facility": "local0", "log_level": lv, "log_message": msg}
        if req:
            u = st["user"]
            d.update({"request_api_name": st["api"][0], "request_api_number": st["api"][1], "request_api_version": "d", "request_client_user": u,
                      "request_host": st["host"], "request_proxy_user": u, "request_release_version": "rods4.3.2"})
        if extra:
            d.update(extra)
        d.update({"server_host": "irods-prov.rdm.uni-example.de", "server_pid": st["pid"] if stype == "agent" else 1201,
                  "server_timestamp": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "server_type": stype, "server_zone": "rdmZone"})
        L.emit(json.dumps(dict(sorted(d.items())), separators=(",", ":")), ev + ("" if req else "_noreq"), lv, cat)

    st = {"user": "rods", "host": "10.2.3.4", "pid": 1300, "api": ("", 0)}

    def obj():
        return f"/rdmZone/home/{st['user']}/{g.c(['raw', 'processed', 'results', 'scans'])}/{g.c(['run', 'sample', 'plate', 'img'])}_{g.num(1, 9999):04d}.{g.c(['raw', 'mzML', 'tif', 'csv', 'h5'])}"

    def agent():
        st["pid"] = g.num(2000, 999999)
        st["user"] = g.c(USERS)
        st["host"] = g.ip("10")
        st["api"] = ("", 0)
        w("info", "agent_factory", f"Agent process started for puser=[{st['user']}] and cuser=[{st['user']}] from [{st['host']}]", "agent_started", req=False)
        for _ in range(g.num(1, 5)):
            r = g.r.random()
            if r < 0.45:
                st["api"] = ("DATA_OBJ_PUT_AN", 606)
                if g.r.random() < 0.05:
                    w("error", "legacy", f"rsDataObjPut: acl check failed for [{obj()}], status = -818000 CAT_NO_ACCESS_PERMISSION", "put_denied")
                else:
                    w("info", "api", f"Data object put [{obj()}] size [{g.num(1000, 9000000000)}] to resource [{g.c(['ufs0', 's3resc'])}]", "put")
            elif r < 0.8:
                st["api"] = ("DATA_OBJ_GET_AN", 608)
                w("info", "api", f"Data object get [{obj()}] from resource [{g.c(['ufs0', 's3resc'])}]", "get")
            elif r < 0.9:
                st["api"] = ("OBJ_STAT_AN", 633)
                w("error", "legacy", f"rsObjStat: call to rcObjStat failed for [{obj()}], status = -310000 USER_FILE_DOES_NOT_EXIST", "stat_failed")
            else:
                st["api"] = ("DATA_OBJ_REPL_AN", 610)
                w("info", "api", f"Replica created for [{obj()}] on resource [s3resc]", "repl")
        w("info", "agent", f"Agent [{st['pid']}] exiting with status = 0", "agent_exit")

    def auth_fail():
        st["pid"] = g.num(2000, 999999)
        st["user"] = g.c(USERS[1:6] + ["admin", "test"])
        st["host"] = g.ip("10")
        st["api"] = ("AUTH_PLUG_REQ_AN", 1201)
        w("error", "authentication", f"[pam_password] PAM authentication failed for user [{st['user']}]", "pam_failed")
        w("error", "legacy", f"rsAuthPluginRequest: auth plugin request failed for [{st['user']}], status = -826000 PAM_AUTH_PASSWORD_FAILED", "auth_req_failed")

    def delay():
        w("info", "delay_server", f"Executing delayed rule [{g.num(10000, 99999)}] [{g.c(['irods_policy_checksum_replicas', 'rdm_archive_to_s3', 'rdm_prune_trash'])}]",
          "delay_exec", req=False, stype="delay_server")

    def resc_down():
        st["api"] = ("DATA_OBJ_PUT_AN", 606)
        w("error", "resource", "Resource [s3resc] is down: S3_PUT_ERROR: connection timed out to [s3.rdm.uni-example.de:443]", "resc_down")

    def server():
        w("info", "server", "Server's process started; waiting for connections.", "server_wait", req=False, stype="server")

    ev = [(30, agent), (3, auth_fail), (6, delay), (0.5, resc_down), (0.2, server)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Jellyseerr 2.1 (the fallenbagel/jellyseerr image on a family's Unraid server, Jellyfin, Radarr and Sonarr),
#   LOG_LEVEL=debug, config/logs/overseerr.log: "2026-12-01T10:00:00.123Z [info][Jobs]: message {json}" (winston: the level and the label in brackets, the
#   metadata as JSON after the message); the download sync every minute, recently-added scans every five minutes, requests made, approved and
#   sent on, notifications, availability syncs, Jellyfin and Radarr being unreachable, failed sign-ins
@checked
def log_jellyseerr(seed):
    L = Log("jellyseerr_log", seed, "full", True, True)
    g = L.g
    TITLES = ["Dune: Part Two", "Inside Out 2", "The Wild Robot", "Paddington in Peru", "Wicked", "Shōgun", "Severance", "The Bear", "Arcane", "Bluey",
              "Der Schuh des Manitu", "Das Boot", "Moana 2", "Flow", "Conclave"]
    USERS = ["papa", "mama", "lena", "jonas", "oma.gerda"]

    def w(lv, label, msg, ev, meta=None):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{lv}][{label}]: {msg}" + (f" {json.dumps(meta, ensure_ascii=False)}" if meta else ""), ev, lv, label)

    def dsync():
        L.t = L.t.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
        w("debug", "Jobs", "Starting scheduled job: Download Sync", "job_download_sync")
        if g.r.random() < 0.15:
            w("debug", "Download Tracker", f"Found {g.num(1, 4)} item(s) in progress on Radarr server: Radarr", "found_radarr")
        if g.r.random() < 0.08:
            w("debug", "Download Tracker", f"Found {g.num(1, 3)} item(s) in progress on Sonarr server: Sonarr", "found_sonarr")

    def scan():
        w("info", "Jobs", "Starting scheduled job: Jellyfin Recently Added Scan", "job_recent_scan")
        for lib in ["Filme", "Serien", "Kinderfilme"]:
            w("info", "Jellyfin Sync", f"Beginning to process recently added for library: {lib}", "recent_lib", {"lastScan": int(epoch(L.t) * 1000) - 300000})
        if g.r.random() < 0.2:
            t = g.c(TITLES)
            w("info", "Jellyfin Sync", f"Media for {t} exists. Changes were detected and the title will be updated.", "media_updated")
        w("info", "Jellyfin Sync", "Recently Added Scan Complete", "recent_done")

    def request():
        t = g.c(TITLES)
        u = g.c(USERS)
        mid = g.num(10, 900)
        rid = g.num(10, 400)
        w("info", "Notifications", f"Sending notification(s) for MEDIA_PENDING", "notif_pending", {"subject": f"{t} ({g.num(1980, 2025)})"})
        if g.r.random() < 0.7:
            L.tick(600)
            w("info", "Notifications", f"Sending notification(s) for MEDIA_APPROVED", "notif_approved", {"subject": f"{t} ({g.num(1980, 2025)})"})
            svc = g.c(["Radarr", "Sonarr"])
            w("info", "Media Request", f"Sent request to {svc}", "sent_request", {"requestId": rid, "mediaId": mid})

    def avail():
        w("info", "Jobs", "Starting scheduled job: Media Availability Sync", "job_avail")
        w("info", "Availability Sync", "Starting availability sync...", "avail_start")
        if g.r.random() < 0.3:
            t = g.c(TITLES)
            if g.r.random() < 0.5:
                w("info", "Availability Sync", f"Media ID {g.num(10, 900)} does not exist in your Jellyfin and Radarr instance. Status will be changed to unknown.", "avail_unknown")
            else:
                w("info", "Notifications", "Sending notification(s) for MEDIA_AVAILABLE", "notif_available", {"subject": t})
        w("info", "Availability Sync", "Availability sync complete.", "avail_done")

    def jf_down():
        w("error", "Jellyfin API", f"Something went wrong while getting library content from the Jellyfin server: connect ECONNREFUSED 192.168.178.40:8096", "jf_down",
          {"errorMessage": "connect ECONNREFUSED 192.168.178.40:8096"})

    def radarr_err():
        w("error", "Radarr API", "Failed to retrieve queue: timeout of 10000ms exceeded", "radarr_queue", {"errorMessage": "timeout of 10000ms exceeded"})

    def signin():
        w("warn", "Auth", "Failed sign-in attempt using invalid Jellyfin password", "signin_failed",
          {"ip": g.ip("pub") if g.r.random() < 0.3 else "192.168.178." + str(g.num(20, 90)), "jellyfinUsername": g.c(USERS + ["admin"])})

    def cache():
        w("info", "Jobs", "Starting scheduled job: Image Cache Cleanup", "job_cache")
        w("info", "Image Cache", f"Cleared {g.num(0, 400)} stale image(s) from cache 'tmdb'", "cache_cleared")

    ev = [(60, dsync), (12, scan), (2, request), (1, avail), (0.3, jf_down), (0.3, radarr_err), (0.5, signin), (0.3, cache)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- kube-apiserver 1.30 audit log of an on-premises Kubernetes cluster of a logistics company (kubeadm, a Metadata
#   policy with Request level for secrets writes and RBAC, RequestReceived omitted for most resources), /var/log/kubernetes/audit/audit.log:
#   one JSON "audit.k8s.io/v1" Event per line; controllers' watches and gets, kubelets' node and lease updates, Argo CD syncing, humans with
#   kubectl, a CI service account denied, a webhook timing out, 404s and 409 conflicts
@checked
def log_k8s_audit(seed):
    L = Log("kube_apiserver_audit", seed, "full")
    g = L.g
    NODES = [f"k8s-worker-{n:02d}" for n in range(1, 9)] + ["k8s-cp-01", "k8s-cp-02", "k8s-cp-03"]
    NS = ["wms", "tms", "billing", "argocd", "monitoring", "ingress-nginx", "kube-system", "cert-manager"]
    AGENTS = {"kubelet": "kubelet/v1.30.6 (linux/amd64) kubernetes/00f20d4", "kcm": "kube-controller-manager/v1.30.6 (linux/amd64) kubernetes/00f20d4/leader-election",
              "argocd": "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format", "kubectl": "kubectl/v1.30.2 (darwin/arm64) kubernetes/3968350",
              "ci": "helm/v3.16.2 (linux/amd64) kubernetes/$Format", "prom": "Prometheus/2.54.1"}

    def rec(stage, verb, uri, user, groups, agent, obj, code, reason=None, req_obj=None, status_msg=None, t_recv=None):
        ms_(L, 0, 80)
        recv = t_recv or L.t - dt.timedelta(milliseconds=g.num(1, 40))
        d = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Request" if req_obj else "Metadata", "auditID": g.uuid(), "stage": stage,
             "requestURI": uri, "verb": verb, "user": {"username": user, "groups": groups}, "sourceIPs": [st["ip"]], "userAgent": agent}
        if user.startswith("system:node:"):
            d["user"]["uid"] = ""
        if obj:
            d["objectRef"] = obj
        if stage != "RequestReceived":
            rs = {"metadata": {}, "code": code}
            if status_msg:
                rs.update({"status": "Failure", "message": status_msg, "reason": reason})
            d["responseStatus"] = rs
        if req_obj:
            d["requestObject"] = req_obj
        d["requestReceivedTimestamp"] = f"{recv:%Y-%m-%dT%H:%M:%S}.{us6(recv)}Z"
        d["stageTimestamp"] = f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z"
        if stage != "RequestReceived":
            dec = "forbid" if code == 403 else "allow"
            why = {"system:node:": 'RBAC: allowed by ClusterRoleBinding "system:node" of ClusterRole "system:node" to Group "system:nodes"',
                   "system:kube-controller-manager": 'RBAC: allowed by ClusterRoleBinding "system:kube-controller-manager" of ClusterRole '
                                                     '"system:kube-controller-manager" to User "system:kube-controller-manager"',
                   "system:serviceaccount:argocd": 'RBAC: allowed by ClusterRoleBinding "argocd-application-controller" of ClusterRole '
                                                   '"argocd-application-controller" to ServiceAccount "argocd-application-controller/argocd"',
                   "system:serviceaccount:monitoring": 'RBAC: allowed by ClusterRoleBinding "prometheus-k8s" of ClusterRole "prometheus-k8s" to ServiceAccount '
                                                       '"prometheus-k8s/monitoring"',
                   "oidc:": 'RBAC: allowed by ClusterRoleBinding "oidc-k8s-admins" of ClusterRole "cluster-admin" to Group "oidc:k8s-admins"',
                   "kubernetes-admin": 'RBAC: allowed by ClusterRoleBinding "kubeadm:cluster-admins" of ClusterRole "cluster-admin" to Group "kubeadm:cluster-admins"'}
            d["annotations"] = {"authorization.k8s.io/decision": dec,
                                "authorization.k8s.io/reason": "" if dec == "forbid" else next(v for k, v in why.items() if user.startswith(k))}
        keys = ",".join(k for k in d if k not in ("annotations",)) + (":fail" if status_msg else "")
        L.emit(json.dumps(d, separators=(",", ":")), f"{stage}:{keys}", t=recv)

    st = {"ip": "10.0.10.11"}

    def kubelet():
        n = g.c(NODES)
        st["ip"] = f"10.0.10.{NODES.index(n) + 11}"
        kind = g.r.random()
        if kind < 0.6:
            rec("ResponseComplete", "update", f"/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{n}?timeout=10s", f"system:node:{n}",
                ["system:nodes", "system:authenticated"], AGENTS["kubelet"],
                {"resource": "leases", "namespace": "kube-node-lease", "name": n, "uid": g.uuid(), "apiGroup": "coordination.k8s.io", "apiVersion": "v1",
                 "resourceVersion": str(g.num(90000000, 99999999))}, 200)
        else:
            rec("ResponseComplete", "patch", f"/api/v1/nodes/{n}/status?timeout=10s", f"system:node:{n}", ["system:nodes", "system:authenticated"], AGENTS["kubelet"],
                {"resource": "nodes", "name": n, "apiVersion": "v1", "subresource": "status"}, 200)

    def controller():
        st["ip"] = "10.0.10.20"
        ns = g.c(NS)
        res = g.c(["pods", "replicasets", "endpointslices", "deployments"])
        grp = {"pods": "", "replicasets": "apps", "deployments": "apps", "endpointslices": "discovery.k8s.io"}[res]
        base = f"/api/v1/namespaces/{ns}/{res}" if not grp else f"/apis/{grp}/v1/namespaces/{ns}/{res}"
        obj = {"resource": res, "namespace": ns, "apiVersion": "v1"}
        if grp:
            obj["apiGroup"] = grp
        if g.r.random() < 0.7:
            name = f"{ns}-{g.alnum(5)}"
            code = 200 if g.r.random() < 0.92 else 404
            rec("ResponseComplete", "get", f"{base}/{name}", "system:kube-controller-manager", ["system:authenticated"], AGENTS["kcm"], dict(obj, name=name), code,
                reason="NotFound", status_msg=None if code == 200 else f"{res}{'.' + grp if grp else ''} \"{name}\" not found")
        else:
            t0 = L.t
            q = f"allowWatchBookmarks=true&resourceVersion={g.num(90000000, 99999999)}&timeout={g.num(5, 9)}m{g.num(0, 59)}s&timeoutSeconds={g.num(300, 600)}&watch=true"
            rec("ResponseStarted", "watch", f"{base}?{q}",
                "system:kube-controller-manager", ["system:authenticated"], AGENTS["kcm"], obj, 200, t_recv=t0)

    def argocd():
        st["ip"] = "10.244.3." + str(g.num(2, 250))
        ns = g.c(NS[:3])
        res = g.c(["deployments", "services", "configmaps"])
        grp = "apps" if res == "deployments" else ""
        uri = f"/apis/apps/v1/namespaces/{ns}/{res}/{ns}-api" if grp else f"/api/v1/namespaces/{ns}/{res}/{ns}-api"
        obj = {"resource": res, "namespace": ns, "name": f"{ns}-api", "apiVersion": "v1"}
        if grp:
            obj["apiGroup"] = grp
        code = 200 if g.r.random() < 0.95 else 409
        rec("ResponseComplete", "patch", uri + "?fieldManager=argocd-controller", "system:serviceaccount:argocd:argocd-application-controller",
            ["system:serviceaccounts", "system:serviceaccounts:argocd", "system:authenticated"], AGENTS["argocd"], obj, code,
            reason="Conflict", status_msg=None if code == 200 else (f"Operation cannot be fulfilled on {res} \"{ns}-api\": the object has been modified; "
                                                                    "please apply your changes to the latest version and try again"))

    def human():
        st["ip"] = g.c(["10.8.0.14", "10.8.0.22", "10.8.0.31"])
        u = g.c(["oidc:t.becker@logistik-example.de", "oidc:a.nowak@logistik-example.de", "kubernetes-admin"])
        ns = g.c(NS[:3])
        verb = g.c(["list", "get", "get", "delete", "create"])
        res = g.c(["pods", "pods/log", "secrets"]) if verb != "create" else "pods/exec"
        r0, sub = (res.split("/") + [None])[:2]
        obj = {"resource": r0, "namespace": ns, "apiVersion": "v1"}
        if verb != "list":
            obj["name"] = f"{ns}-api-{g.alnum(10)}-{g.alnum(5)}"
        if sub:
            obj["subresource"] = sub
        uri = f"/api/v1/namespaces/{ns}/{r0}" + (f"/{obj['name']}" if "name" in obj else "") + (f"/{sub}" if sub else "") + ("?limit=500" if verb == "list" else "")
        grp = ["oidc:k8s-admins", "system:authenticated"] if u != "kubernetes-admin" else ["kubeadm:cluster-admins", "system:authenticated"]
        if res == "secrets" and verb == "create":
            rec("ResponseComplete", verb, uri, u, grp, AGENTS["kubectl"], obj, 201, req_obj={"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "db-cred"}, "type": "Opaque"})
        else:
            rec("ResponseComplete", verb, uri, u, grp, AGENTS["kubectl"], obj, 200)

    def ci_denied():
        st["ip"] = "10.0.20.5"
        ns = g.c(["kube-system", "monitoring", "cert-manager"])
        rec("ResponseComplete", "create", f"/api/v1/namespaces/{ns}/secrets", "system:serviceaccount:ci:gitlab-deployer",
            ["system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"], AGENTS["ci"], {"resource": "secrets", "namespace": ns, "apiVersion": "v1"}, 403,
            reason="Forbidden", status_msg=f"secrets is forbidden: User \"system:serviceaccount:ci:gitlab-deployer\" cannot create resource \"secrets\" in API group \"\" in the namespace \"{ns}\"")

    def metrics():
        st["ip"] = "10.244.5." + str(g.num(2, 250))
        rec("ResponseComplete", "get", "/metrics", "system:serviceaccount:monitoring:prometheus-k8s",
            ["system:serviceaccounts", "system:serviceaccounts:monitoring", "system:authenticated"], AGENTS["prom"], None, 200)

    ev = [(40, kubelet), (25, controller), (8, argocd), (6, human), (0.4, ci_denied), (8, metrics)]
    fill(L, ev, N_LINES, 0.5)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- ONOS 2.7 (the SDN controller on Apache Karaf 4.2, a three-node cluster controlling the OpenFlow leaf-spine
#   fabric of a university's research network), apache-karaf-4.2.14/data/log/karaf.log: "2026-12-01T10:00:00,123 | INFO  | thread | Class |
#   196 - org.onosproject.onos-protocols-openflow-ctl - 2.7.0 | message" (Karaf's pax-logging pattern: the level padded to five, the thread,
#   the logger's class, the bundle's id, symbolic name and version); switches connecting and disconnecting, links and hosts, flow rule
#   statistics, apps activated, cluster heartbeats, an exception with its frames
@checked
def log_onos(seed):
    L = Log("karaf_onos_log", seed, "full", True, True)
    g = L.g
    B = {"of": "196 - org.onosproject.onos-protocols-openflow-ctl - 2.7.0", "dev": "185 - org.onosproject.onos-core-net - 2.7.0",
         "lldp": "210 - org.onosproject.onos-providers-lldpcommon - 2.7.0", "host": "214 - org.onosproject.onos-providers-host - 2.7.0",
         "cluster": "180 - org.onosproject.onos-core-dist - 2.7.0", "app": "185 - org.onosproject.onos-core-net - 2.7.0",
         "fwd": "232 - org.onosproject.onos-apps-fwd - 2.7.0", "rest": "199 - org.onosproject.onos-rest - 2.7.0"}
    DPIDS = [f"of:00000000000000{n:02x}" for n in range(1, 13)]

    def w(lv, th, cls, b, msg, ev):
        ms_(L, 0, 50)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S},{ms3(L.t)} | {lv:<5} | {th:<16} | {cls:<20} | {B[b]} | {msg}", ev, lv, cls)

    def sw_conn():
        d = g.c(DPIDS)
        ip = f"10.100.0.{int(d[-2:], 16) + 10}"
        dp = ':'.join(d[3:][i:i + 2] for i in range(0, 16, 2))
        w("INFO", f"OFCM-{g.num(0, 15)}", "OFChannelHandler", "of", f"Switch disconnected callback for sw:[/{ip}:{g.port()} DPID[{dp}]]. Cleaning up ...", "sw_disc")
        w("INFO", "onos-of-dispatcher-" + str(g.num(0, 7)), "OpenFlowDeviceProvider", "of", f"Triggering disconnect for {d}", "trigger_disc")
        w("INFO", "onos-device-event", "DeviceManager", "dev", f"Device {d} disconnected from this node: {g.c(['10.10.0.11', '10.10.0.12', '10.10.0.13'])}", "dev_disconnected")
        L.tick(8)
        w("INFO", f"OFCM-{g.num(0, 15)}", "OFChannelHandler", "of", f"New switch connection from /{ip}:{g.port()}", "new_conn")
        w("INFO", f"OFCM-{g.num(0, 15)}", "OFChannelHandler", "of", f"Received features reply for switch at /{ip}:{g.port()} with dpid:{':'.join(d[3:][i:i + 2] for i in range(0, 16, 2))}",
          "features")
        w("INFO", "onos-of-dispatcher-" + str(g.num(0, 7)), "OpenFlowControllerImpl", "of", f"Added switch {d}", "added_switch")
        w("INFO", "onos-device-event", "DeviceManager", "dev", f"Local role is MASTER for {d}", "role_master")
        w("INFO", "onos-device-event", "TopologyManager", "dev", f"Topology DefaultTopology{{time={g.num(10**14, 10**15)}, creationTime={int(epoch(L.t) * 1000)}, "
          f"computeCost={g.num(100000, 900000)}, clusters={g.num(1, 2)}, devices={len(DPIDS)}, links={g.num(40, 48)}}} changed", "topo_changed")

    def link():
        a, b = g.r.sample(DPIDS, 2)
        if g.r.random() < 0.5:
            w("INFO", "onos-link-event", "LinkManager", "dev", f"Link removed: DefaultLink{{src={a}/{g.num(1, 48)}, dst={b}/{g.num(49, 54)}, type=DIRECT, state=INACTIVE, expected=false}}",
              "link_removed")
        else:
            w("INFO", "onos-link-event", "LinkManager", "dev", f"Link added: DefaultLink{{src={a}/{g.num(1, 48)}, dst={b}/{g.num(49, 54)}, type=DIRECT, state=ACTIVE, expected=false}}",
              "link_added")

    def host():
        mac = g.mac().upper()
        if g.r.random() < 0.6:
            w("INFO", "onos-host-event", "HostManager", "host", f"Detected new host {mac}/None at {g.c(DPIDS)}/{g.num(1, 48)} with IP [10.{g.num(20, 60)}.{g.num(0, 255)}.{g.num(2, 254)}]",
              "host_new")
        else:
            w("INFO", "onos-host-event", "HostManager", "host", f"Host {mac}/None moved from {g.c(DPIDS)}/{g.num(1, 48)} to {g.c(DPIDS)}/{g.num(1, 48)}", "host_moved")

    def lldp():
        w("WARN", "onos-lldp-probe", "LinkDiscovery", "lldp", f"Device {g.c(DPIDS)} port {g.num(49, 54)} LLDP probe not acknowledged", "lldp_warn")

    def stats():
        w("INFO", "onos-flowrule-stats", "FlowRuleManager", "dev", f"Flow rule pending add {g.c(DPIDS)} after {g.num(3, 9)} polls; re-issuing", "pending_add")

    def cluster():
        node = g.c(["10.10.0.12", "10.10.0.13"])
        w("WARN", "onos-cluster-hb", "DistributedClusterStore", "cluster", f"Phi of {node} is {g.f(8.1, 11.9, 2)}; node is suspected", "phi_suspected")
        if g.r.random() < 0.5:
            w("INFO", "onos-cluster-hb", "DistributedClusterStore", "cluster", f"Node {node} state changed to INACTIVE", "node_inactive")
            L.tick(10)
            w("INFO", "onos-cluster-hb", "DistributedClusterStore", "cluster", f"Node {node} state changed to READY", "node_ready")

    def app():
        a = g.c(["org.onosproject.fwd", "org.onosproject.openflow", "org.onosproject.lldpprovider", "org.onosproject.hostprovider", "org.onosproject.gui2"])
        w("INFO", "onos-app-store", "ApplicationManager", "app", f"Application {a} has been {g.c(['activated', 'deactivated'])}", "app_state")

    def rest_err():
        w("WARN", f"qtp{g.num(10**8, 10**9)}-{g.num(100, 400)}", "ExceptionMapper", "rest", "Unexpected error", "rest_err")
        for text, ev in [("java.lang.IllegalArgumentException: Device ID of:0000000000000099 not found", "exc"),
                         ("\tat com.google.common.base.Preconditions.checkArgument(Preconditions.java:145)", "java_at"),
                         ("\tat org.onosproject.rest.resources.FlowsWebResource.getFlowByDeviceId(FlowsWebResource.java:221)", "java_at"),
                         ("\tat jdk.internal.reflect.GeneratedMethodAccessor213.invoke(Unknown Source)", "java_at"),
                         ("\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)", "java_at"),
                         ("\tat java.base/java.lang.Thread.run(Thread.java:829)", "java_at")]:
            L.emit(text, ev, "WARN", "ExceptionMapper")

    ev = [(3, sw_conn), (12, link), (20, host), (8, lldp), (10, stats), (2, cluster), (0.4, app), (1, rest_err)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- LiveKit server 1.8 (the livekit/livekit-server image, a single node with Redis, behind Caddy) of a tele-tutoring
#   start-up, `docker logs livekit`: zap's console encoder "2026-12-01T10:00:00.123Z<tab>INFO<tab>livekit<tab>rtc/room.go:412<tab>message<tab>{json}"
#   (the time, the level, the logger name, the caller, the message and the fields, tab-separated); rooms created and closed, participants
#   joining, publishing and leaving, subscriptions, congestion, ICE and signal trouble, webhooks failing
@checked
def log_livekit(seed):
    L = Log("livekit_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"rooms": {}}

    def w(lv, lg, caller, msg, ev, fields):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z\t{lv}\t{lg}\t{caller}\t{msg}\t{json.dumps(fields, ensure_ascii=False)}", ev, lv, lg)

    def base(room, p=None):
        d = {"room": room, "roomID": st["rooms"][room]["id"]}
        if p:
            d.update({"participant": p[0], "pID": p[1]})
        return d

    def create():
        room = f"tutoring-{g.alnum(8)}"
        st["rooms"][room] = {"id": "RM_" + g.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "ps": []}
        w("INFO", "livekit", "service/roommanager.go:165", "created room", "room_created", base(room) | {"nodeID": "ND_8m2kQ4xpLh2T"})
        for _ in range(2):
            join(room)

    def join(room=None):
        if room is None:
            if not st["rooms"]:
                return create()
            room = g.c(sorted(st["rooms"]))
        p = (g.c(FIRST) + "-" + g.alnum(4), "PA_" + g.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        st["rooms"][room]["ps"].append(p)
        w("INFO", "livekit", "rtc/room.go:412", "new participant joined", "p_joined", base(room, p) | {"protocol": 15, "options": {"AutoSubscribe": True},
                                                                                                      "clientInfo": {"sdk": g.c(["JS", "SWIFT", "ANDROID"]), "version": g.c(["2.5.7", "2.6.1"]),
                                                                                                                     "browser": g.c(["Chrome", "Safari", "Firefox", ""])}})
        w("INFO", "livekit", "rtc/participant.go:1004", "participant active", "p_active", base(room, p) | {"connectionType": g.c(["udp", "udp", "tcp", "turn"])})
        for kind, src in [("audio", "MICROPHONE"), ("video", "CAMERA")] + ([("video", "SCREEN_SHARE")] if g.r.random() < 0.2 else []):
            w("INFO", "livekit", "rtc/participant.go:2301", "mediaTrack published", "track_published",
              base(room, p) | {"kind": kind, "trackID": "TR_" + g.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "source": src,
                               "mime": "audio/red" if kind == "audio" else g.c(["video/VP8", "video/H264"])})

    def leave():
        cand = [(r, p) for r, v in st["rooms"].items() for p in v["ps"]]
        if not cand:
            return
        room, p = g.c(cand)
        st["rooms"][room]["ps"].remove(p)
        w("INFO", "livekit", "rtc/participant.go:820", "participant closing", "p_closing",
          base(room, p) | {"sendLeave": False, "reason": g.c(["CLIENT_REQUEST_LEAVE", "CLIENT_REQUEST_LEAVE", "PEER_CONNECTION_DISCONNECTED", "STALE"]), "isExpectedToResume": False})
        if not st["rooms"][room]["ps"]:
            L.tick(20)
            w("INFO", "livekit", "rtc/room.go:1102", "closing idle room", "idle_room", base(room) | {"reason": "departure timeout"})
            w("INFO", "livekit", "rtc/room.go:980", "room closed", "room_closed", base(room) | {"duration": f"{g.num(300, 5400)}s"})
            del st["rooms"][room]

    def congestion():
        cand = [(r, p) for r, v in st["rooms"].items() for p in v["ps"]]
        if not cand:
            return
        room, p = g.c(cand)
        w("INFO", "livekit.sfu.streamallocator", "streamallocator/streamallocator.go:991", "stream allocator: channel congestion detected, updating channel capacity",
          "congestion", base(room, p) | {"old(bps)": g.num(1200000, 2500000), "new(bps)": g.num(300000, 1100000), "expected(bps)": g.num(1200000, 2500000)})

    def ice_fail():
        cand = [(r, p) for r, v in st["rooms"].items() for p in v["ps"]]
        if not cand:
            return
        room, p = g.c(cand)
        w("WARN", "livekit.transport", "rtc/transport.go:1453", "ICE connection failed", "ice_failed", base(room, p) | {"transport": g.c(["PUBLISHER", "SUBSCRIBER"]),
                                                                                                                          "candidates": {"local": g.num(2, 6), "remote": g.num(1, 5)}})

    def webhook():
        w("WARN", "livekit", "webhook/url_notifier.go:136", "failed to send webhook", "webhook_failed",
          {"url": "https://api.lernhelden-example.de/livekit/webhook", "event": g.c(["participant_joined", "room_finished", "track_published"]),
           "error": g.c(["Post \"https://api.lernhelden-example.de/livekit/webhook\": context deadline exceeded", "received 502 Bad Gateway"])})

    create()
    ev = [(3, create), (10, join), (9, leave), (3, congestion), (0.8, ice_fail), (0.5, webhook)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Locust 2.32 (headless, in a GitLab CI job of an online shop's load tests against the staging system:
#   `locust -f locustfile.py --headless -u 300 -r 10 -t 15m --host https://staging.shop.example --csv report`), the job's console: Python
#   logging's "[2026-12-01 10:00:00,123] runner-x7k2/INFO/locust.runners: message" and every two seconds the statistics table (a head, dashed
#   rules, one row per request name, "Aggregated", an empty line); at the end the response time percentiles and the error report
@checked
def log_locust(seed):
    L = Log("locust_gitlab_ci", seed, "full", True, True)
    g = L.g
    REQS = [("GET", "/"), ("GET", "/api/products?page=[n]"), ("GET", "/api/products/[id]"), ("POST", "/api/cart"), ("GET", "/api/cart"),
            ("POST", "/api/checkout"), ("POST", "/api/login"), ("GET", "/api/search?q=[term]")]
    st = {"n": {r: 0 for r in REQS}, "f": {r: 0 for r in REQS}}

    def log(lv, lg, msg, ev):
        ms_(L, 0, 100)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] runner-x7k2/{lv}/{lg}: {msg}", ev, lv, lg)

    def raw(text, ev):
        L.emit(text, ev)

    RULE = "--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------"

    def table(users):
        raw(f"{'Type':<8} {'Name':<76} {'# reqs':>7} {'# fails':>12} | {'Avg':>6} {'Min':>7} {'Max':>7} {'Med':>7} | {'req/s':>7} {'failures/s':>11}", "stats_head")
        raw(RULE, "rule")
        tot, totf = 0, 0
        for r in REQS:
            inc = int(users * g.r.uniform(0.05, 0.6) * (1 if r[1] != "/api/checkout" else 0.2))
            st["n"][r] += inc
            st["f"][r] += g.num(0, 2) if r[1] in ("/api/checkout", "/api/search?q=[term]") and g.r.random() < 0.3 else 0
            n, f = st["n"][r], st["f"][r]
            if n == 0:
                continue
            tot += n
            totf += f
            raw(f"{r[0]:<8} {r[1]:<76} {n:>7} {f:>5}({100 * f / n:.2f}%) | {g.num(20, 900):>6} {g.num(5, 40):>7} {g.num(900, 9000):>7} {g.num(20, 600):>7} | "
                f"{g.f(0.5, 40, 2):>7} {g.f(0, 0.4, 2):>11}", "stats_row")
        raw(RULE, "rule")
        raw(f"{'':<8} {'Aggregated':<76} {tot:>7} {totf:>5}({100 * totf / max(tot, 1):.2f}%) | {g.num(40, 400):>6} {g.num(5, 20):>7} {g.num(2000, 9000):>7} "
            f"{g.num(30, 300):>7} | {g.f(20, 200, 2):>7} {g.f(0, 2, 2):>11}", "stats_agg")
        raw("", "empty")

    def run():
        st["n"] = {r: 0 for r in REQS}
        st["f"] = {r: 0 for r in REQS}
        log("INFO", "locust.main", "Starting Locust 2.32.4", "starting")
        log("INFO", "locust.main", "Run time limit set to 900 seconds", "runtime_limit")
        log("INFO", "locust.runners", "Ramping to 300 users at a rate of 10.00 per second", "ramping")
        users = 0
        for i in range(g.num(60, 110)):
            L.t += dt.timedelta(seconds=2)
            users = min(300, users + 20)
            if i == 15:
                log("INFO", "locust.runners", 'All users spawned: {"ShopUser": 270, "AdminUser": 30} (300 total users)', "all_spawned")
            if g.r.random() < 0.03:
                log("WARNING", "locust.runners", "CPU usage above 90%! This may constrain your throughput and may even give inconsistent response time measurements! "
                    "See https://docs.locust.io/en/stable/running-distributed.html for how to distribute the load over multiple CPU cores or machines", "cpu_warn")
            table(users)
            if len(L.rows) > N_LINES:
                return
        log("INFO", "locust.main", "--run-time limit reached, shutting down", "runtime_reached")
        log("INFO", "locust.main", "Shutting down (exit code 1)", "shutting_down")
        table(users)
        raw("Response time percentiles (approximated)", "pct_title")
        raw(f"{'Type':<8} {'Name':<76} {'50%':>8} {'66%':>6} {'75%':>6} {'80%':>6} {'90%':>6} {'95%':>6} {'98%':>6} {'99%':>6} {'99.9%':>6} {'99.99%':>6} {'100%':>6} {'# reqs':>6}",
            "pct_head")
        raw("--------|--------------------------------------------------------------------------------|--------|------|------|------|------|------|------|------|------|------|------|------",
            "pct_rule")
        for r in REQS:
            vals = sorted(g.num(20, 9000) for _ in range(11))
            raw(f"{r[0]:<8} {r[1]:<76} " + f"{vals[0]:>8} " + " ".join(f"{v:>6}" for v in vals[1:]) + f" {st['n'][r]:>6}", "pct_row")
        raw("--------|--------------------------------------------------------------------------------|--------|------|------|------|------|------|------|------|------|------|------|------",
            "pct_rule")
        raw("", "empty")
        raw("Error report", "err_title")
        raw(f"{'# occurrences':<20} {'Error'}", "err_head")
        raw("-" * 162, "err_rule")
        for _ in range(g.num(1, 3)):
            err = g.c(["HTTPError('500 Server Error: Internal Server Error for url: /api/checkout')", "ConnectionResetError(104, 'Connection reset by peer')",
                       "HTTPError('502 Server Error: Bad Gateway for url: /api/search')"])
            raw(f"{g.num(1, 90):<20} {g.c(['POST /api/checkout', 'GET /api/search?q=[term]'])}: {err}", "err_row")
        raw("-" * 162, "err_rule")
        raw("", "empty")
        L.t += dt.timedelta(minutes=g.num(30, 300))

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[2026"))
    return L


LOGS = [log_cas, log_axigen, log_bbb, log_ise, log_cobbler, log_dolibarr, log_dnscrypt, log_ebusd, log_erigon, log_freeipa, log_geoserver, log_gpg_agent,
        log_heritrix, log_informatica, log_irods, log_jellyseerr, log_k8s_audit, log_onos, log_livekit, log_locust]


if __name__ == "__main__":
    main(LOGS, WORK)
