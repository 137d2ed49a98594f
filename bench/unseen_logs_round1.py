#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the first round, 26 logs,
written 2026-12-04 from the loggers' documented formats.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

usage: unseen_logs_round1.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round1)
"""
import datetime as dt
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round1")
from unseen_logs_harness import G, Log, main, N_LINES, UTC, T0  # noqa: E402



def log_klog(seed):
    L = Log("k8s_klog", seed, "full", True, True)
    g = L.g
    pid = 1
    pods = [f"web-{g.hx(9)}-{g.alnum(5)}" for _ in range(30)]

    def H(lv, comp, line, msg):
        t = L.t
        return f"{lv}{t:%m%d} {t:%H:%M:%S}.{t.microsecond:06d} {pid:>7} {comp}:{line}] {msg}"

    def e(ev, lv, comp, line, msgf):
        def f():
            L.emit(H(lv, comp, line, msgf()), ev, lv, comp)
        return f
    ns = lambda: g.c(["default", "payments", "kube-system", "monitoring"])
    ev = [
        (30, e("sync_pod", "I", "pod_workers.go", 1205, lambda: f'"Syncing pod" pod="{ns()}/{g.c(pods)}" podUID="{g.uuid()}"')),
        (12, e("finished", "I", "replica_set.go", 679, lambda: f'"Finished syncing" kind="ReplicaSet" key="{ns()}/web-{g.hx(9)}" duration="{g.f(0.05, 9, 6)}ms"')),
        (15, e("assigned", "I", "schedule_one.go", 252, lambda: f"Successfully assigned {ns()}/{g.c(pods)} to node-{g.num(1, 24)}")),
        (10, e("event", "I", "event.go", 307, lambda: f'"Event occurred" object="{ns()}/{g.c(pods)}" fieldPath="spec.containers{{app}}" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"nginx:1.{g.num(20, 27)}.{g.num(0, 5)}\\" already present on machine"')),
        (8, e("roundtrip", "I", "round_trippers.go", 553, lambda: f"GET https://10.96.0.1:443/api/v1/namespaces/{ns()}/pods?limit=500&resourceVersion={g.num(100000, 999999)} 200 OK in {g.num(1, 90)} milliseconds")),
        (3, e("forbidden", "W", "reflector.go", 539, lambda: f'k8s.io/client-go/informers/factory.go:159: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:{ns()}:{g.c(["fluent-bit", "argo", "vector"])}" cannot list resource "secrets" in API group "" at the cluster scope')),
        (1, e("lease", "E", "leaderelection.go", 332, lambda: f'error retrieving resource lock kube-system/kube-controller-manager: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout={g.num(5, 15)}s": context deadline exceeded')),
    ]
    return L.run(ev, None)


def log_ruby(seed):
    L = Log("ruby_rails_logger", seed, "full", True, False)
    g = L.g
    pid = 4711

    def H(lv, msg):
        t = L.t
        return f"{lv[0]}, [{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d} #{pid}] {lv:>5} -- : {msg}"

    def e(ev, lv, msgf):
        def f():
            L.emit(H(lv, msgf()), ev, lv)
        return f
    paths = ["users", "orders", "products", "invoices"]
    ctrl = {"users": "UsersController", "orders": "OrdersController", "products": "ProductsController", "invoices": "InvoicesController"}
    ev = [
        (20, e("started", "INFO", lambda: f'Started {g.c(["GET", "GET", "POST", "PATCH"])} "/{g.c(paths)}/{g.num(1, 99999)}?page={g.num(1, 9)}" for {g.ip()} at {L.t:%Y-%m-%d %H:%M:%S} +0000')),
        (20, e("processing", "INFO", lambda: f"Processing by {ctrl[g.c(paths)]}#{g.c(['show', 'index', 'update', 'create'])} as {g.c(['HTML', 'JSON'])}")),
        (12, e("params", "INFO", lambda: f'  Parameters: {{"id"=>"{g.num(1, 99999)}", "page"=>"{g.num(1, 9)}"}}')),
        (15, e("rendered", "INFO", lambda: f"  Rendered {g.c(paths)}/{g.c(['show', 'index', '_form'])}.html.erb within layouts/application (Duration: {g.f(0.1, 40, 1)}ms | Allocations: {g.num(100, 60000)})")),
        (20, e("completed200", "INFO", lambda: f"Completed 200 OK in {g.num(2, 900)}ms (Views: {g.f(0.1, 300, 1)}ms | ActiveRecord: {g.f(0.1, 90, 1)}ms | Allocations: {g.num(1000, 90000)})")),
        (4, e("completed302", "INFO", lambda: f"Completed 302 Found in {g.num(2, 90)}ms (ActiveRecord: {g.f(0.1, 9, 1)}ms | Allocations: {g.num(100, 9000)})")),
        (10, e("sql", "DEBUG", lambda: f'  User Load ({g.f(0.1, 9, 1)}ms)  SELECT "users".* FROM "users" WHERE "users"."id" = $1 LIMIT $2  [["id", {g.num(1, 99999)}], ["LIMIT", 1]]')),
        (1, e("csrf", "WARN", lambda: "Can't verify CSRF token authenticity.")),
        (2, e("notfound", "FATAL", lambda: f"ActiveRecord::RecordNotFound (Couldn't find User with 'id'={g.num(1, 99999)}):")),
    ]
    return L.run(ev, None)


def log_elixir(seed):
    L = Log("elixir_phoenix", seed, "tod", True, False)
    g = L.g

    def H(lv, msg):
        t = L.t
        return f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} [{lv}] {msg}"

    def one(ev, lv, msgf):
        def f():
            L.emit(H(lv, msgf()), ev, lv)
        return f

    def processing():
        L.emit(H("debug", f"Processing with MyAppWeb.{g.c(['OrderController', 'UserController', 'CartController'])}.{g.c(['show', 'index', 'create'])}/2"), "processing", "debug")
        L.emit(f'  Parameters: %{{"id" => "{g.num(1, 99999)}"}}', "params", "debug")
        L.emit("  Pipelines: [:api]", "pipelines", "debug")

    def query():
        L.emit(H("debug", f'QUERY OK source="{g.c(["orders", "users", "carts"])}" db={g.f(0.1, 20, 1)}ms idle={g.f(1, 999, 1)}ms'), "query_ok", "debug")
        L.emit(f'SELECT o0."id", o0."total", o0."inserted_at" FROM "orders" AS o0 WHERE (o0."id" = $1) [{g.num(1, 99999)}]', "query_sql", "debug")

    def crash():
        L.emit(H("error", f"GenServer MyApp.Worker.{g.c(['Mailer', 'Billing', 'Sync'])} terminating"), "gs_term", "error")
        L.emit(f"** (RuntimeError) timeout after {g.num(1, 30) * 1000}ms", "gs_reason", "error")
        L.emit(f"    (my_app 0.4.{g.num(0, 3)}) lib/my_app/worker.ex:{g.num(20, 200)}: MyApp.Worker.handle_info/2", "gs_frame", "error")

    ev = [
        (20, one("request", "info", lambda: f"{g.c(['GET', 'POST'])} /api/orders/{g.num(1, 99999)}")),
        (20, one("sent", "info", lambda: f"Sent {g.c([200, 200, 201, 404])} in {g.c([str(g.num(1, 999)) + 'ms', str(g.num(100, 999)) + 'µs'])}")),
        (10, processing),
        (10, query),
        (2, one("disconnect", "warning", lambda: f"Postgrex.Protocol (#PID<0.{g.num(300, 900)}.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv: closed")),
        (0.5, one("running", "info", lambda: f"Running MyAppWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:{g.c([4000, 4001])} (http)")),
        (0.7, crash),
    ]
    return L.run(ev, None)


def log_consul(seed):
    L = Log("consul_hclog", seed, "full", True, True)
    g = L.g

    def H(lv, comp, msg):
        t = L.t
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z [{lv}] {' ' * (5 - len(lv))}{comp}: {msg}"

    def e(ev, lv, comp, msgf):
        def f():
            L.emit(H(lv, comp, msgf()), ev, lv, comp)
        return f
    svc = lambda: f"{g.c(['web', 'api', 'billing', 'search'])}-{g.num(1, 9)}"
    ev = [
        (25, e("http", "DEBUG", "agent.http", lambda: f"Request finished: method=GET url=/v1/health/service/{svc()}?index={g.num(1000, 99999)}&wait=60000ms from=127.0.0.1:{g.port()} latency={g.f(0.01, 60, 3)}ms")),
        (15, e("synced", "INFO", "agent", lambda: f"Synced check: check=service:{svc()}")),
        (10, e("skip", "DEBUG", "agent", lambda: "Skipping remote check since it is managed automatically: check=serfHealth")),
        (3, e("join", "INFO", "agent.server.serf.lan", lambda: f"serf: EventMemberJoin: node-{g.num(1, 30)} {g.ip()}")),
        (3, e("dereg", "INFO", "agent", lambda: f"Deregistered service: service={svc()}-sidecar-proxy")),
        (2, e("rpc", "ERROR", "agent.client", lambda: f'RPC failed to server: method=Catalog.ListServices server={g.ip()}:8300 error="rpc error making call: EOF"')),
        (1, e("election", "WARN", "agent.server.raft", lambda: f"heartbeat timeout reached, starting election: last-leader-addr={g.ip()}:8300 last-leader-id={g.uuid()}")),
    ]
    return L.run(ev, None)


def syslog_stamp(t):
    return f"{t:%b} {t.day:>2} {t:%H:%M:%S}"


def log_postfix(seed):
    L = Log("postfix_maillog", seed, "full", False, True)
    g = L.g

    def H(proc, pid, msg):
        return f"{syslog_stamp(L.t)} mail postfix/{proc}[{pid}]: {msg}"
    qid = lambda: g.HX(g.c([10, 11, 12]))
    rhost = lambda: g.c(["unknown", f"mail{g.num(1, 9)}.example.net", f"smtp-out-{g.num(1, 99)}.acme.org"])

    def e(ev, proc, msgf):
        def f():
            L.emit(H(proc, g.num(1000, 30000), msgf()), ev, None, f"postfix/{proc}")
        return f
    ev = [
        (10, e("connect", "smtpd", lambda: f"connect from {rhost()}[{g.ip('pub')}]")),
        (10, e("client", "smtpd", lambda: f"{qid()}: client={rhost()}[{g.ip('pub')}]")),
        (10, e("msgid", "cleanup", lambda: f"{qid()}: message-id=<{g.uuid()}@{g.c(['example.net', 'acme.org'])}>")),
        (10, e("from", "qmgr", lambda: f"{qid()}: from=<{g.email()}>, size={g.num(900, 900000)}, nrcpt={g.num(1, 4)} (queue active)")),
        (9, e("sent", "smtp", lambda: f"{qid()}: to=<{g.email()}>, relay=mx{g.num(1, 4)}.example.com[{g.ip('pub')}]:25, delay={g.f(0.1, 9, 2)}, delays={g.f(0, 1, 2)}/{g.f(0, 1, 2)}/{g.f(0, 2, 2)}/{g.f(0, 5, 2)}, dsn=2.0.0, status=sent (250 2.0.0 OK {g.num(1733000000, 1733999999)} {g.alnum(12)} - gsmtp)")),
        (1, e("deferred", "smtp", lambda: f"{qid()}: to=<{g.email()}>, relay=none, delay={g.num(30, 9000)}, delays={g.num(1, 9000)}/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx{g.num(1, 4)}.example.org[{g.ip('pub')}]:25: Connection timed out)")),
        (9, e("removed", "qmgr", lambda: f"{qid()}: removed")),
        (10, e("disconnect", "smtpd", lambda: f"disconnect from {rhost()}[{g.ip('pub')}] ehlo=1 mail=1 rcpt={g.num(1, 3)} data=1 quit=1 commands={g.num(5, 7)}")),
        (1, e("reject", "smtpd", lambda: f"NOQUEUE: reject: RCPT from unknown[{g.ip('pub')}]: 554 5.7.1 <{g.email()}>: Relay access denied; from=<{g.email()}> to=<{g.email()}> proto=ESMTP helo=<{g.alnum(8)}>")),
    ]
    return L.run(ev, None)


def log_fail2ban(seed):
    L = Log("fail2ban", seed, "full", True, True)
    g = L.g

    def H(comp, lv, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {comp:<24}[{g.c([812, 812, 813])}]: {lv:<7} {msg}"

    def e(ev, comp, lv, msgf):
        def f():
            L.emit(H(comp, lv, msgf()), ev, lv, comp)
        return f
    jail = lambda: g.c(["sshd", "sshd", "nginx-http-auth", "postfix-sasl"])
    ev = [
        (30, e("found", "fail2ban.filter", "INFO", lambda: f"[{jail()}] Found {g.ip('pub')} - {L.t:%Y-%m-%d %H:%M:%S}")),
        (5, e("ban", "fail2ban.actions", "NOTICE", lambda: f"[{jail()}] Ban {g.ip('pub')}")),
        (4, e("unban", "fail2ban.actions", "NOTICE", lambda: f"[{jail()}] Unban {g.ip('pub')}")),
        (2, e("already", "fail2ban.actions", "NOTICE", lambda: f"[{jail()}] {g.ip('pub')} already banned")),
        (0.5, e("jail_started", "fail2ban.jail", "INFO", lambda: f"Jail '{jail()}' started")),
        (0.5, e("logfile", "fail2ban.filter", "INFO", lambda: f"Added logfile: '/var/log/{g.c(['auth.log', 'nginx/error.log', 'mail.log'])}' (pos = {g.num(0, 999999)}, hash = {g.hx(40)})")),
        (0.5, e("ban_fail", "fail2ban.actions", "ERROR", lambda: f"Failed to execute ban jail '{jail()}' action 'iptables-multiport' info 'ActionInfo({{'ip': '{g.ip('pub')}', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f{g.hx(10)}>}})': Error banning {g.ip('pub')}")),
    ]
    return L.run(ev, None)


def log_xorg(seed):
    L = Log("xorg", seed, "rel", True, False)
    g = L.g
    up = [5.0]

    def H(lv, msg):
        up[0] += L.r.expovariate(1 / 3.0)
        return f"[{up[0]:>10.3f}] {lv} {msg}"

    def e(ev, lv, msgf):
        def f():
            L.emit(H(lv, msgf()), ev, lv)
        return f
    dev = lambda: g.c(["Logitech USB Receiver Mouse", "AT Translated Set 2 keyboard", "SynPS/2 Synaptics TouchPad", "Power Button", "Dell WMI hotkeys"])
    ev = [
        (15, e("modeline", "(II)", lambda: f'modeset(0): Modeline "{g.c(["1920x1080", "2560x1440", "1280x720"])}"x{g.c(["60.0", "59.9", "75.0"])}  {g.f(70, 250, 2)}  1920 2008 2052 2200  1080 1084 1089 1125 +hsync +vsync ({g.f(40, 90, 1)} kHz eP)')),
        (8, e("tagged", "(II)", lambda: f"event{g.num(0, 20)}  - {dev()}: is tagged by udev as: {g.c(['Mouse', 'Keyboard', 'Touchpad'])}")),
        (8, e("adding", "(II)", lambda: f"config/udev: Adding input device {dev()} (/dev/input/event{g.num(0, 20)})")),
        (6, e("removed", "(II)", lambda: f"event{g.num(0, 20)}  - {dev()}: device removed")),
        (6, e("edid", "(II)", lambda: f'modeset(0): EDID vendor "{g.c(["DEL", "SAM", "GSM", "AUO"])}", prod id {g.num(1000, 65000)}')),
        (6, e("option", "(**)", lambda: f'Option "{g.c(["AccelSpeed", "AccelProfile", "NaturalScrolling", "Tapping"])}" "{g.c(["0.5", "on", "off", "flat", "1"])}"')),
        (1, e("pci", "(--)", lambda: f"PCI:*(0@0:2:0) 8086:{g.hx(4)}:1028:{g.hx(4)} rev {g.num(1, 9)}, Mem @ 0x{g.hx(8)}/{g.num(1, 9) * 16777216}, 0x{g.hx(8)}/268435456, I/O @ 0x0000{g.hx(4)}/64")),
        (1, e("gbm", "(WW)", lambda: "modeset(0): Failed to get GBM bo for flip to new front.")),
        (1, e("module", "(EE)", lambda: f'Failed to load module "{g.c(["fbdev", "vesa", "nv"])}" (module does not exist, 0)')),
    ]
    return L.run(ev, None)


def log_sqlserver(seed):
    L = Log("sqlserver_errorlog", seed, "full", False, True)
    g = L.g

    def H(src, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 10000:02d} {src:<12}{msg}"

    def e(ev, srcf, msgf):
        def f():
            s = srcf()
            L.emit(H(s, msgf()), ev, None, s)
        return f

    def login():
        L.emit(H("Logon", f"Error: 18456, Severity: 14, State: {g.c([5, 8, 8, 38])}."), "err18456", None, "Logon")
        L.emit(H("Logon", f"Login failed for user '{g.c(['sa', 'app_rw', 'reporting', 'CORP' + chr(92) + g.user()])}'. Reason: Password did not match that for the login provided. [CLIENT: {g.ip()}]"), "loginfail", None, "Logon")
    spid = lambda: f"spid{g.num(7, 120)}{g.c(['', '', 's'])}"
    db = lambda: g.c(["SalesDB", "ReportDB", "Inventory", "HR_Prod"])
    ev = [
        (10, login),
        (8, e("logbackup", lambda: "Backup", lambda: f"Log was backed up. Database: {db()}, creation date(time): 2026/0{g.num(1, 9)}/1{g.num(0, 9)}(0{g.num(1, 9)}:{g.num(10, 59)}:{g.num(10, 59)}), first LSN: {g.num(100, 9999)}:{g.num(100, 9999)}:1, last LSN: {g.num(100, 9999)}:{g.num(100, 9999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'D:" + chr(92) + "Backup" + chr(92) + f"{db()}_log_{L.t:%Y%m%d_%H%M}.trn'}}). This is an informational message only. No user action is required.")),
        (2, e("startup", spid, lambda: f"Starting up database '{db()}'.")),
        (2, e("slowio", spid, lambda: f"SQL Server has encountered {g.num(1, 40)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [D:" + chr(92) + "Data" + chr(92) + f"{db()}.mdf] in database id {g.num(5, 12)}.  The OS file handle is 0x0000000000000{g.HX(3)}.  The offset of the latest long I/O is: 0x0000{g.hx(10)}")),
        (1, e("dbcc", spid, lambda: f"DBCC CHECKDB ({db()}) WITH no_infomsgs executed by CORP" + chr(92) + f"svc_sql found 0 errors and repaired 0 errors. Elapsed time: 0 hours {g.num(0, 59)} minutes {g.num(0, 59)} seconds.  Internal database snapshot has split point LSN = 000{g.num(10000, 99999)}:0000{g.num(1000, 9999)}:0001 and first LSN = 000{g.num(10000, 99999)}:0000{g.num(1000, 9999)}:0001.")),
        (2, e("recovery", spid, lambda: f"Setting database option RECOVERY to {g.c(['SIMPLE', 'FULL'])} for database '{db()}'.")),
        (0.3, e("dbghelp", lambda: "Server", lambda: f"Using 'dbghelp.dll' version '4.0.{g.num(5, 9)}'")),
    ]
    return L.run(ev, None)


def log_jvmgc(seed):
    L = Log("jvm_unified_gc", seed, "full", True, True)
    g = L.g
    up = [0.5]
    gc = [0]

    def H(lv, tags, msg):
        t = L.t
        up[0] += L.r.expovariate(1 / 2.0)
        return f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+0000][{up[0]:.3f}s][{lv}][{tags:<12}] {msg}"

    def e(ev, lv, tags, msgf):
        def f():
            if ev == "pause_start":
                gc[0] += 1
            L.emit(H(lv, tags, f"GC({gc[0]}) " + msgf()), ev, lv, tags)
        return f
    M = lambda: g.num(4, 900)
    ev = [
        (10, e("pause_start", "info", "gc,start", lambda: "Pause Young (Normal) (G1 Evacuation Pause)")),
        (10, e("workers", "info", "gc,task", lambda: f"Using {g.c([2, 4, 8])} workers of {g.c([8, 16])} for evacuation")),
        (10, e("evac_phase", "info", "gc,phases", lambda: f"  Evacuate Collection Set: {g.f(0.1, 30, 1)}ms")),
        (10, e("eden", "info", "gc,heap", lambda: f"Eden regions: {g.num(1, 90)}->0({g.num(1, 90)})")),
        (10, e("survivor", "info", "gc,heap", lambda: f"Survivor regions: {g.num(0, 9)}->{g.num(0, 9)}({g.num(1, 12)})")),
        (10, e("metaspace", "info", "gc,metaspace", lambda: f"Metaspace: {g.num(10000, 90000)}K({g.num(10000, 90000)}K)->{g.num(10000, 90000)}K({g.num(10000, 90000)}K) NonClass: {g.num(10000, 90000)}K({g.num(10000, 90000)}K)->{g.num(10000, 90000)}K({g.num(10000, 90000)}K)")),
        (10, e("pause_end", "info", "gc", lambda: f"Pause Young (Normal) (G1 Evacuation Pause) {M()}M->{M()}M({g.c([256, 512, 1024])}M) {g.f(0.5, 60, 3)}ms")),
        (10, e("cpu", "info", "gc,cpu", lambda: f"User={g.f(0, 0.2, 2)}s Sys={g.f(0, 0.05, 2)}s Real={g.f(0, 0.06, 2)}s")),
        (0.5, e("full", "info", "gc", lambda: f"Pause Full (System.gc()) {M()}M->{M()}M({g.c([256, 512, 1024])}M) {g.f(20, 900, 3)}ms")),
        (0.5, e("exhausted", "warning", "gc", lambda: "To-space exhausted")),
    ]
    return L.run(ev, None)


def log_rabbitmq(seed):
    L = Log("rabbitmq", seed, "full", True, False)
    g = L.g

    def H(lv, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}+00:00 [{lv}] <0.{g.num(200, 9999)}.0> {msg}"
    conn = lambda: f"<0.{g.num(200, 9999)}.0> ({g.ip()}:{g.port()} -> 10.0.0.2:5672"
    user = lambda: g.c(["app", "orders-svc", "monitoring"])

    def e(ev, lv, msgf):
        def f():
            L.emit(H(lv, msgf()), ev, lv)
        return f

    def closed():
        L.emit(H("warning", f"closing AMQP connection {conn()}, vhost: '/', user: '{user()}'):"), "closing_warn", "warning")
        L.emit("client unexpectedly closed TCP connection", "closing_warn_reason", "warning")

    def chanerr():
        L.emit(H("error", f"Error on AMQP connection {conn()}, vhost: '/', user: '{user()}', state: running), channel {g.num(1, 9)}:"), "chan_err", "error")
        L.emit(f" operation basic.publish caused a channel exception not_found: no exchange '{g.c(['orders', 'events', 'billing'])}.{g.alnum(4)}' in vhost '/'", "chan_err_reason", "error")
    ev = [
        (10, e("accepting", "info", lambda: f"accepting AMQP connection {conn()})")),
        (10, e("auth", "info", lambda: f"connection {conn()}): user '{user()}' authenticated and granted access to vhost '/'")),
        (8, e("closing", "info", lambda: f"closing AMQP connection {conn()}, vhost: '/', user: '{user()}')")),
        (2, closed),
        (0.7, chanerr),
        (0.5, e("msgstore", "info", lambda: f"Stopping message store for directory '/var/lib/rabbitmq/mnesia/rabbit@node-{g.num(1, 3)}/msg_stores/vhosts/{g.alnum(25, string.ascii_uppercase + string.digits)}/msg_store_persistent'")),
    ]
    return L.run(ev, None)


def log_prometheus(seed):
    L = Log("prometheus_logfmt", seed, "full", True, True)
    g = L.g

    def e(ev, lv, comp, caller, msg, tail):
        def f():
            t = L.t
            c = "" if comp is None else (f' component="{comp}"' if " " in comp else f" component={comp}")
            L.emit(f"ts={t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z caller={caller} level={lv}{c} msg=\"{msg}\" {tail()}".rstrip(), ev, lv, comp)
        return f
    ulid = lambda: "01J" + g.alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    ms = lambda: g.num(1733000000, 1733999999) * 1000
    ev = [
        (5, e("head_gc", "info", "tsdb", f"head.go:{g.num(1200, 1400)}", "Head GC completed", lambda: f"duration={g.f(1, 90, 3)}ms")),
        (3, e("write_block", "info", "tsdb", "compact.go:523", "write block", lambda: f"mint={ms()} maxt={ms()} ulid={ulid()} duration={g.f(0.1, 9, 3)}s")),
        (2, e("checkpoint", "info", "tsdb", "head.go:1012", "Creating checkpoint", lambda: f"from_segment={g.num(1, 99)} to_segment={g.num(100, 199)} mint={ms()}")),
        (2, e("delete_block", "info", "tsdb", "db.go:1615", "Deleting obsolete block", lambda: f"block={ulid()}")),
        (8, e("append_failed", "warn", "scrape manager", "scrape.go:1758", "Append failed", lambda: f"scrape_pool={g.c(['node', 'kubelet', 'cadvisor'])} target=http://{g.ip()}:{g.c([9100, 10250, 8080])}/metrics err=\"out of bounds\"")),
        (2, e("alert_err", "error", "notifier", "notifier.go:606", "Error sending alert", lambda: f"alertmanager=http://alertmanager-{g.num(0, 2)}:9093/api/v2/alerts count={g.num(1, 40)} err=\"Post \\\"http://alertmanager-{g.num(0, 2)}:9093/api/v2/alerts\\\": context deadline exceeded\"")),
        (6, e("watch", "debug", "discovery manager scrape", "klog.go:108", "Watching pods", lambda: f"discovery=kubernetes config={g.c(['kubernetes-pods', 'kubernetes-nodes'])} namespace={g.c(['default', 'monitoring'])}")),
        (0.5, e("config", "info", None, "main.go:1372", "Completed loading of configuration file", lambda: f"filename=/etc/prometheus/prometheus.yml totalDuration={g.f(1, 90, 6)}ms db_storage={g.num(1, 9)}.{g.num(100, 999)}µs")),
    ]
    return L.run(ev, None)


def log_dockerd(seed):
    L = Log("dockerd_logrus", seed, "full", True, False)
    g = L.g

    def e(ev, lv, msgf, tailf=lambda: ""):
        def f():
            t = L.t
            tail = tailf()
            L.emit(f'time="{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{g.num(100, 999)}Z" level={lv} msg="{msgf()}"' + (" " + tail if tail else ""), ev, lv)
        return f
    cid = lambda: g.hx(64)
    ev = [
        (10, e("ignoring", "info", lambda: "ignoring event", lambda: f'container={cid()} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"')),
        (8, e("shim_disc", "info", lambda: "shim disconnected", lambda: f"id={cid()} namespace=moby")),
        (8, e("cleanup_after", "warning", lambda: "cleaning up after shim disconnected", lambda: f"id={cid()} namespace=moby")),
        (8, e("dead_shim", "info", lambda: "cleaning up dead shim", lambda: "namespace=moby")),
        (10, e("calling", "debug", lambda: f"Calling {g.c(['GET', 'POST'])} /v1.43/containers/{g.hx(12)}/json?size={g.c(['0', '1'])}")),
        (5, e("layer", "info", lambda: f"Layer sha256:{g.hx(64)} cleaned up")),
        (2, e("force", "info", lambda: "Container failed to exit within 10s of signal 15 - using the force", lambda: f"container={cid()}")),
        (0.5, e("swap", "warning", lambda: "Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.")),
        (0.7, e("bind", "error", lambda: f"Handler for POST /v1.43/containers/{g.hx(12)}/start returned error: driver failed programming external connectivity on endpoint {g.c(['web', 'api', 'db'])}-{g.num(1, 9)} ({g.hx(64)}): Bind for 0.0.0.0:{g.c([8080, 5432, 6379])} failed: port is already allocated")),
    ]
    return L.run(ev, None)


def log_networkmanager(seed):
    L = Log("networkmanager", seed, "full", True, True)
    g = L.g
    states = ["disconnected", "prepare", "config", "need-auth", "ip-config", "ip-check", "secondaries", "activated", "deactivating", "failed"]
    ssids = ["Home WiFi 5G", "CoffeeShop-Guest", "ACME Corp", "eduroam", "FRITZ!Box 7590 XY"]

    def e(ev, lv, comp, msgf):
        def f():
            ts = L.t.timestamp()
            L.emit(f"<{lv}>  [{ts:.4f}] {msgf()}", ev, lv, comp)
        return f
    dev = lambda: g.c(["wlp2s0", "eth0", "enp0s31f6"])
    ev = [
        (15, e("state", "info", "device", lambda: f"device ({dev()}): state change: {g.c(states)} -> {g.c(states)} (reason '{g.c(['none', 'user-requested', 'connection-assumed', 'supplicant-disconnect'])}', sys-iface-state: '{g.c(['managed', 'external'])}')")),
        (10, e("supplicant", "info", "device", lambda: f"device ({dev()}): supplicant interface state: {g.c(['scanning', 'authenticating', 'associating', 'completed', 'disconnected'])} -> {g.c(['scanning', 'authenticating', 'associated', 'completed', '4way_handshake'])}")),
        (5, e("dhcp", "info", "dhcp4", lambda: f"dhcp4 ({dev()}): state changed new lease, address={g.ip('192')}")),
        (3, e("nmstate", "info", "manager", lambda: f"manager: NetworkManager state is now {g.c(['CONNECTED_GLOBAL', 'CONNECTING', 'DISCONNECTED', 'CONNECTED_LOCAL'])}")),
        (3, e("policy", "info", "policy", lambda: f"policy: set '{g.c(ssids)}' ({dev()}) as default for IPv4 routing and DNS")),
        (3, e("activation", "info", "device", lambda: f"device ({dev()}): Activation: starting connection '{g.c(ssids)}' ({g.uuid()})")),
        (1, e("assoc_fail", "warn", "device", lambda: f"device ({dev()}): Activation: (wifi) association took too long, failing activation")),
    ]
    return L.run(ev, None)


def log_chrome(seed):
    L = Log("chrome_electron", seed, "full", True, True)
    g = L.g
    procs = [(g.num(1000, 99999), g.num(1, 99999)) for _ in range(6)]

    def e(ev, lv, src, msgf):
        def f():
            t = L.t
            pid, tid = g.c(procs)
            L.emit(f"[{pid}:{tid}:{t:%m%d/%H%M%S}.{t.microsecond:06d}:{lv}:{src}] {msgf()}", ev, lv, src.split("(")[0])
        return f
    ev = [
        (10, e("verbose_url", "VERBOSE1", "network_delegate.cc(32)", lambda: f"NetworkDelegate::NotifyBeforeURLRequest: https://app.example.com/api/{g.c(['items', 'users', 'search'])}?id={g.num(1, 99999)}&lang={g.c(['en', 'de', 'fr'])}")),
        (5, e("ssl", "ERROR", "ssl_client_socket_impl.cc(978)", lambda: f"handshake failed; returned -1, SSL error code 1, net_error {g.c([-202, -200, -101])}")),
        (5, e("console", "INFO", "CONSOLE(12)", lambda: f"\"Uncaught TypeError: Cannot read properties of undefined (reading '{g.c(['map', 'length', 'id'])}')\", source: https://app.example.com/static/js/main.{g.hx(8)}.js ({g.num(1, 9999)})")),
        (5, e("stun", "ERROR", "socket_manager.cc(147)", lambda: f"Failed to resolve address for stun{g.num(1, 4)}.l.google.com., errorcode: -105")),
        (3, e("dbus", "ERROR", "object_proxy.cc(590)", lambda: "Failed to call method: org.freedesktop.portal.Settings.Read: object_path= /org/freedesktop/portal/desktop: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.portal.Desktop was not provided by any .service files")),
        (1, e("gpu", "ERROR", "gpu_init.cc(523)", lambda: "Passthrough is not supported, GL is egl, ANGLE is ")),
        (1, e("dnsconf", "WARNING", "dns_config_service_linux.cc(427)", lambda: "Failed to read DnsConfig.")),
    ]
    return L.run(ev, None)


def log_minecraft(seed):
    L = Log("minecraft_server", seed, "tod", True, True)
    g = L.g
    players = ["Steve", "Alex", "xX_Creeper_Xx", "notch_fan99", "BlockMaster", "Lily_2011", "dragonSlayer"]
    advs = ["Stone Age", "Getting an Upgrade", "Acquire Hardware", "Monster Hunter", "Sweet Dreams", "Diamonds!"]
    chat = ["anyone got iron?", "brb", "lol", "where is the nether portal", "gg", "who took my diamonds"]

    def e(ev, thread, lv, msgf):
        def f():
            th = thread() if callable(thread) else thread
            L.emit(f"[{L.t:%H:%M:%S}] [{th}/{lv}]: {msgf()}", ev, lv, th)
        return f
    p = lambda: g.c(players)
    ev = [
        (5, e("joined", "Server thread", "INFO", lambda: f"{p()} joined the game")),
        (5, e("left", "Server thread", "INFO", lambda: f"{p()} left the game")),
        (5, e("uuid", lambda: f"User Authenticator #{g.num(1, 9)}", "INFO", lambda: f"UUID of player {p()} is {g.uuid()}")),
        (5, e("login", "Server thread", "INFO", lambda: f"{p()}[/{g.ip('pub')}:{g.port()}] logged in with entity id {g.num(100, 99999)} at ({g.f(-900, 900, 1)}, {g.f(50, 90, 1)}, {g.f(-900, 900, 1)})")),
        (3, e("lost", "Server thread", "INFO", lambda: f"{p()} lost connection: Disconnected")),
        (3, e("advancement", "Server thread", "INFO", lambda: f"{p()} has made the advancement [{g.c(advs)}]")),
        (2, e("cantkeepup", "Server thread", "WARN", lambda: f"Can't keep up! Is the server overloaded? Running {g.num(2000, 9000)}ms or {g.num(40, 180)} ticks behind")),
        (1, e("saving", "Server thread", "INFO", lambda: "Saving the game (this may take a moment!)")),
        (2, e("chat", "Async Chat Thread - #" + str(g.num(0, 9)), "INFO", lambda: f"<{p()}> {g.c(chat)}")),
    ]
    return L.run(ev, None)


def log_oracle(seed):
    L = Log("oracle_alert", seed, "full", False, False)
    g = L.g
    seq = [12000]

    def stamp():
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00", "stamp")

    def switch():
        stamp()
        seq[0] += 1
        L.emit(f"Thread 1 advanced to log sequence {seq[0]} (LGWR switch)", "advanced")
        L.emit(f"  Current log# {g.num(1, 3)} seq# {seq[0]} mem# 0: /u01/oradata/ORCL/redo0{g.num(1, 3)}.log", "current_log")

    def archived():
        stamp()
        L.emit(f"Archived Log entry {g.num(1000, 9999)} added for T-1.S-{seq[0]} ID 0x{g.hx(8)} LAD:1", "archived")

    def deadlock():
        stamp()
        L.emit(f"ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_{g.num(1000, 99999)}.trc.", "deadlock")

    def resize():
        stamp()
        L.emit(f"Resize operation completed for file# {g.num(1, 20)}, old size {g.num(100000, 9000000)}K, new size {g.num(100000, 9000000)}K", "resize")

    def partition():
        stamp()
        L.emit(f"TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY: ADDED INTERVAL PARTITION SYS_P{g.num(1000, 9999)} ({g.num(40000, 49999)}) VALUES LESS THAN (TO_DATE(' {L.t + dt.timedelta(days=1):%Y-%m-%d} 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))", "partition")

    def smco():
        stamp()
        L.emit(f"Starting background process {g.c(['SMCO', 'W000', 'CJQ0'])}", "bgstart")
    ev = [(10, switch), (10, archived), (0.5, deadlock), (3, resize), (1, partition), (2, smco)]
    return L.run(ev, None)


def log_ghactions(seed):
    L = Log("github_actions", seed, "full", True, False)
    g = L.g

    def st(text, ev, lv=None):
        t = L.t
        L.tick(0.3)
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{g.num(0, 9)}Z {text}", ev, lv, t=t)
    comps = ["Button", "Modal", "DatePicker", "UserList", "CartSummary", "useAuth", "formatPrice"]

    def step():
        st(f"##[group]Run {g.c(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/cache@v4'])}", "group")
        st("##[endgroup]", "endgroup")
    ev = [
        (20, lambda: st(f"PASS src/{g.c(['components', 'hooks', 'utils'])}/{g.c(comps)}.test.{g.c(['ts', 'tsx'])} ({g.f(0.2, 9, 3)} s)", "pass")),
        (2, step),
        (1, lambda: st(f"added {g.num(200, 2000)} packages, and audited {g.num(200, 2000)} packages in {g.num(5, 90)}s", "npm_added")),
        (2, lambda: st(f"Cache restored from key: Linux-node-{g.hx(64)}", "cache")),
        (0.6, lambda: st(f"FAIL src/utils/{g.c(comps)}.test.ts", "fail")),
        (0.3, lambda: st(f"##[error]Process completed with exit code {g.c([1, 2, 137])}.", "error", "error")),
        (0.5, lambda: st(f"##[warning]Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v{g.c([2, 3])}.", "warning", "warning")),
    ]
    return L.run(ev, None)


def log_maven(seed):
    L = Log("maven_build", seed, None, True, False)
    g = L.g
    mods = ["core", "api", "web", "persistence", "billing-service", "common-utils"]

    def e(ev, lv, msgf):
        def f():
            L.emit(f"[{lv}] {msgf()}", ev, lv)
        return f

    def building():
        name = f"{g.c(mods)} {g.num(1, 3)}.{g.num(0, 9)}.{g.num(0, 9)}-SNAPSHOT"
        L.emit(f"[INFO] Building {name}{' ' * (62 - len(name))}[{g.num(1, 12)}/12]", "building", "INFO")
    ev = [
        (2, building),
        (4, e("separator", "INFO", lambda: "-" * 72)),
        (8, e("plugin", "INFO", lambda: f"--- {g.c(['compiler', 'surefire', 'resources', 'jar'])}:{g.c(['3.11.0', '3.2.2', '3.3.1'])}:{g.c(['compile', 'testCompile', 'test', 'jar'])} (default-{g.c(['compile', 'testCompile', 'test', 'jar'])}) @ {g.c(mods)} ---")),
        (4, e("compiling", "INFO", lambda: f"Compiling {g.num(3, 400)} source files with javac [debug release 17] to target/{g.c(['classes', 'test-classes'])}")),
        (15, e("testsrun", "INFO", lambda: f"Tests run: {g.num(1, 60)}, Failures: 0, Errors: 0, Skipped: {g.num(0, 3)}, Time elapsed: {g.f(0.01, 9, 3)} s -- in com.acme.{g.c(mods).replace('-', '')}.{g.c(['Order', 'User', 'Invoice', 'Price'])}{g.c(['Service', 'Repository', 'Mapper'])}Test")),
        (10, e("downloading", "INFO", lambda: f"Downloading from central: https://repo.maven.apache.org/maven2/org/{g.c(['apache', 'slf4j', 'junit'])}/{g.c(['commons-lang3', 'slf4j-api', 'junit-jupiter'])}/{g.num(1, 5)}.{g.num(0, 20)}.{g.num(0, 9)}/{g.c(['commons-lang3', 'slf4j-api', 'junit-jupiter'])}-{g.num(1, 5)}.{g.num(0, 20)}.{g.num(0, 9)}.{g.c(['pom', 'jar'])}")),
        (10, e("downloaded", "INFO", lambda: f"Downloaded from central: https://repo.maven.apache.org/maven2/org/{g.c(['apache', 'slf4j', 'junit'])}/{g.c(['commons-lang3', 'slf4j-api', 'junit-jupiter'])}/{g.num(1, 5)}.{g.num(0, 20)}.{g.num(0, 9)}/{g.c(['commons-lang3', 'slf4j-api', 'junit-jupiter'])}-{g.num(1, 5)}.{g.num(0, 20)}.{g.num(0, 9)}.{g.c(['pom', 'jar'])} ({g.num(1, 900)} kB at {g.f(0.1, 9, 1)} MB/s)")),
        (3, e("deprecation", "WARNING", lambda: f"/home/runner/work/shop/shop/{g.c(mods)}/src/main/java/com/acme/{g.c(['Foo', 'Bar', 'OrderMapper'])}.java:[{g.num(10, 400)},{g.num(5, 60)}] [deprecation] {g.c(['getAmount', 'toDate', 'parse'])}() in {g.c(['Money', 'LegacyDate', 'Parser'])} has been deprecated")),
        (0.4, e("failed", "ERROR", lambda: f"Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test (default-test) on project {g.c(mods)}: There are test failures.")),
    ]
    return L.run(ev, None)


def log_ufw(seed):
    L = Log("ufw_kernel", seed, "full", False, True)
    g = L.g
    up = [12345.0]

    def H(msg):
        up[0] += L.r.expovariate(1 / 2.0)
        return f"{syslog_stamp(L.t)} fw01 kernel: [{up[0]:12.6f}] {msg}"

    def e(ev, msgf):
        def f():
            L.emit(H(msgf()), ev, None, "kernel")
        return f
    mac = lambda: f"{g.mac()}:{g.mac()}:08:00"
    tcp = lambda act: f"[UFW {act}] IN=eth0 OUT= MAC={mac()} SRC={g.ip('pub')} DST=10.0.0.{g.num(2, 9)} LEN={g.c([40, 44, 52, 60])} TOS=0x00 PREC=0x00 TTL={g.num(30, 250)} ID={g.num(0, 65535)} DF PROTO=TCP SPT={g.port()} DPT={g.c([22, 23, 80, 443, 3389, 5900, 8080])} WINDOW={g.num(1024, 65535)} RES=0x00 SYN URGP=0"
    ev = [
        (20, e("block_tcp", lambda: tcp("BLOCK"))),
        (5, e("allow_tcp", lambda: tcp("ALLOW"))),
        (8, e("block_udp", lambda: f"[UFW BLOCK] IN=eth0 OUT= MAC={mac()} SRC={g.ip('pub')} DST=10.0.0.{g.num(2, 9)} LEN={g.num(40, 400)} TOS=0x00 PREC=0x00 TTL={g.num(30, 250)} ID={g.num(0, 65535)} PROTO=UDP SPT={g.port()} DPT={g.c([53, 123, 161, 1900, 5353])} LEN={g.num(20, 380)}")),
        (3, e("block_icmp", lambda: f"[UFW BLOCK] IN=eth0 OUT= MAC={mac()} SRC={g.ip('pub')} DST=10.0.0.{g.num(2, 9)} LEN=84 TOS=0x00 PREC=0x00 TTL={g.num(30, 250)} ID={g.num(0, 65535)} PROTO=ICMP TYPE=8 CODE=0 ID={g.num(0, 65535)} SEQ={g.num(1, 999)}")),
        (2, e("block_v6", lambda: f"[UFW BLOCK] IN=eth0 OUT= MAC=33:33:00:00:00:01:{g.mac()}:86:dd SRC={g.ip6()} DST=ff02:0000:0000:0000:0000:0000:0000:0001 LEN={g.num(60, 200)} TC=0 HOPLIMIT=255 FLOWLBL=0 PROTO=ICMPv6 TYPE={g.c([134, 135, 136])} CODE=0")),
        (0.5, e("link", lambda: "IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready")),
        (0.5, e("limit", lambda: f"[UFW LIMIT BLOCK] IN=eth0 OUT= MAC={mac()} SRC={g.ip('pub')} DST=10.0.0.{g.num(2, 9)} LEN=60 TOS=0x00 PREC=0x00 TTL={g.num(30, 250)} ID={g.num(0, 65535)} DF PROTO=TCP SPT={g.port()} DPT=22 WINDOW={g.num(1024, 65535)} RES=0x00 SYN URGP=0")),
    ]
    return L.run(ev, None)


def log_caddy(seed):
    import json
    L = Log("caddy_json", seed, "full", True, True)
    g = L.g

    def req():
        return {"remote_ip": g.ip(), "remote_port": str(g.port()), "client_ip": g.ip(), "proto": g.c(["HTTP/1.1", "HTTP/2.0"]), "method": g.c(["GET", "GET", "POST"]),
                "host": g.c(["example.com", "shop.example.com"]), "uri": f"/api/items?id={g.num(1, 9999)}&sort={g.c(['asc', 'desc'])}",
                "headers": {"User-Agent": [g.c(["Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "curl/8.5.0"])], "Accept": ["*/*"]}}

    def e(ev, lv, logger, msgf, extra):
        def f():
            d = {"level": lv, "ts": round(L.t.timestamp(), 7)}
            if logger:
                d["logger"] = logger
            d["msg"] = msgf()
            d.update(extra())
            L.emit(json.dumps(d, separators=(",", ":"), ensure_ascii=False), ev, lv, logger)
        return f
    ev = [
        (30, e("handled", "info", "http.log.access.log0", lambda: "handled request", lambda: {"request": req(), "bytes_read": 0, "user_id": "", "duration": float(g.f(0.0001, 0.9, 6)), "size": g.num(0, 90000), "status": g.c([200, 200, 304, 404]), "resp_headers": {"Server": ["Caddy"], "Content-Type": ["application/json"]}})),
        (10, e("roundtrip", "debug", "http.handlers.reverse_proxy", lambda: "upstream roundtrip", lambda: {"upstream": f"{g.ip()}:8080", "duration": float(g.f(0.0001, 0.9, 6)), "request": req(), "status": 200})),
        (2, e("dial", "error", "http.log.error", lambda: f"dial tcp {g.ip()}:8080: connect: connection refused", lambda: {"request": req(), "duration": float(g.f(0.0001, 0.01, 6)), "status": 502, "err_id": g.alnum(9), "err_trace": "reverseproxy.statusError (reverseproxy.go:1269)"})),
        (0.5, e("obtained", "info", "tls.obtain", lambda: "certificate obtained successfully", lambda: {"identifier": g.c(["example.com", "shop.example.com"])})),
        (0.5, e("renewal", "info", "tls.cache.maintenance", lambda: "attempting certificate renewal", lambda: {"identifiers": [g.c(["example.com", "shop.example.com"])], "remaining": float(g.f(1000, 900000, 2))})),
        (0.5, e("ocsp", "warn", "tls", lambda: "stapling OCSP", lambda: {"error": f"no OCSP stapling for [{g.c(['example.com', 'shop.example.com'])}]: making OCSP request: Post \"http://r{g.num(10, 11)}.o.lencr.org\": dial tcp: i/o timeout", "identifiers": ["example.com"]})),
        (0.3, e("autosave", "info", None, lambda: "autosaved config (load with --resume flag)", lambda: {"file": "/config/caddy/autosave.json"})),
    ]
    return L.run(ev, None)


def log_pino(seed):
    L = Log("pino_pretty", seed, "tod", True, False)
    g = L.g
    pid = 28731

    def H(lv, msg):
        t = L.t
        return f"[{t:%H:%M:%S}.{t.microsecond // 1000:03d}] {lv} ({pid}): {msg}"

    def incoming():
        L.emit(H("INFO", "incoming request"), "incoming", "INFO")
        L.emit(f'    reqId: "req-{g.alnum(2)}"', "reqid", "INFO")
        L.emit(f'    url: "/api/{g.c(["items", "carts", "users"])}/{g.num(1, 9999)}?expand={g.c(["owner", "lines"])}"', "url", "INFO")

    def completed():
        L.emit(H("INFO", "request completed"), "completed", "INFO")
        L.emit(f"    responseTime: {g.f(0.1, 400, 9)}", "resptime", "INFO")

    def dberr():
        L.emit(H("ERROR", "database query failed"), "dberr", "ERROR")
        L.emit("    err: {", "err_open", "ERROR")
        L.emit('      "type": "Error",', "err_type", "ERROR")
        L.emit(f'      "message": "connect ECONNREFUSED {g.ip()}:5432",', "err_msg", "ERROR")
        L.emit('      "stack":', "err_stack", "ERROR")
        L.emit(f"          Error: connect ECONNREFUSED {g.ip()}:5432", "err_stack1", "ERROR")
        L.emit(f"              at TCPConnectWrap.afterConnect [as oncomplete] (node:net:{g.num(1500, 1600)}:{g.num(8, 16)})", "err_frame", "ERROR")
        L.emit("    }", "err_close", "ERROR")
    ev = [
        (10, incoming), (10, completed),
        (3, lambda: L.emit(H("WARN", f"cache miss for key user:{g.num(1, 99999)}:{g.c(['profile', 'settings', 'cart'])}"), "cachemiss", "WARN")),
        (0.5, dberr),
        (0.3, lambda: L.emit(H("INFO", f"Server listening at http://{g.c(['127.0.0.1', '0.0.0.0', '[::1]'])}:{g.c([3000, 8080])}"), "listening", "INFO")),
    ]
    return L.run(ev, None)


def log_nlog(seed):
    L = Log("nlog_default", seed, "full", True, True)
    g = L.g

    def H(lv, lg, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100:04d}|{lv}|{lg}|{msg}"

    def e(ev, lv, lg, msgf):
        def f():
            L.emit(H(lv, lg, msgf()), ev, lv, lg)
        return f

    def efsql():
        lg = "Microsoft.EntityFrameworkCore.Database.Command"
        L.emit(H("INFO", lg, f"Executed DbCommand ({g.num(1, 400)}ms) [Parameters=[@__id_0='{g.num(1, 99999)}'], CommandType='Text', CommandTimeout='30']"), "ef_exec", "INFO", lg)
        L.emit("SELECT [o].[Id], [o].[CustomerId], [o].[Total]", "ef_select", "INFO", lg)
        L.emit("FROM [Orders] AS [o]", "ef_from", "INFO", lg)
        L.emit("WHERE [o].[Id] = @__id_0", "ef_where", "INFO", lg)
    ev = [
        (15, e("order", "INFO", "Acme.Orders.OrderService", lambda: f"Order {g.num(10000, 99999)} created for customer {g.num(1, 9999)} total={g.f(1, 999, 2)} {g.c(['EUR', 'USD', 'GBP'])}")),
        (10, e("payment", "INFO", "Acme.Payments.PaymentGateway", lambda: f"Payment authorized: txn=pi_{g.alnum(14, string.ascii_letters + string.digits)} amount={g.f(1, 999, 2)} currency={g.c(['EUR', 'USD'])} card=**** **** **** {g.num(1000, 9999)}")),
        (15, e("reqfin", "INFO", "Microsoft.AspNetCore.Hosting.Diagnostics", lambda: f"Request finished HTTP/1.1 {g.c(['GET', 'POST'])} https://api.acme.com/orders/{g.num(1, 99999)}?include=items - {g.c([200, 200, 201, 404])} {g.num(0, 9999)} application/json;+charset=utf-8 {g.f(0.5, 900, 4)}ms")),
        (3, e("smtp", "WARN", "Acme.Notifications.Mailer", lambda: f"Retrying SMTP send to {g.email()} (attempt {g.num(2, 5)} of 5) after 00:00:0{g.num(1, 9)}")),
        (10, e("cache", "DEBUG", "Acme.Caching.RedisCache", lambda: f"Cache hit for key 'order:{g.num(10000, 99999)}' (age 00:0{g.num(0, 9)}:{g.num(10, 59)}.{g.num(100, 999)})")),
        (5, efsql),
        (0.5, e("unhandled", "ERROR", "Acme.Orders.OrderService", lambda: f"Unhandled exception processing order {g.num(10000, 99999)}: System.InvalidOperationException: Sequence contains no elements")),
    ]
    return L.run(ev, None)


def log_akka(seed):
    L = Log("akka_classic", seed, "full", True, False)
    g = L.g

    def H(lv, msg, actor=None):
        t = L.t
        actor = actor or f"akka://shop/user/worker-{g.num(1, 8)}"
        return f"[{lv}] [{t:%m/%d/%Y %H:%M:%S}.{t.microsecond // 1000:03d}] [shop-akka.actor.default-dispatcher-{g.num(2, 12)}] [{actor}] {msg}"

    def e(ev, lv, msgf, actor=None):
        def f():
            L.emit(H(lv, msgf(), actor), ev, lv)
        return f

    def failed():
        j = g.num(1000, 99999)
        L.emit(H("ERROR", f"Worker failed on job {j}"), "job_failed", "ERROR")
        L.emit(f"java.lang.IllegalStateException: inventory for sku SKU-{g.num(1000, 9999)} is negative", "exc", "ERROR")
        for _ in range(g.num(2, 4)):
            L.emit(f"\tat com.acme.shop.{g.c(['Worker', 'Inventory', 'Pricing'])}.{g.c(['run', 'apply', 'reserve'])}({g.c(['Worker', 'Inventory', 'Pricing'])}.scala:{g.num(10, 300)})", "frame", "ERROR")
    remote = lambda: f"akka://shop@10.0.0.{g.num(2, 9)}:25520"
    ev = [
        (20, e("batch", "INFO", lambda: f"Processed batch {g.num(1, 99999)} of {g.num(1, 500)} records in {g.num(1, 900)} ms")),
        (10, e("tick", "DEBUG", lambda: "received handled message Tick from Actor[akka://shop/deadLetters]")),
        (3, e("deadletter", "INFO", lambda: (lambda a: f"Message [java.lang.String] from Actor[akka://shop/deadLetters] to Actor[{a}] was not delivered. [{g.num(1, 9)}] dead letters encountered. If this is not an expected behavior then Actor[{a}] may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.")(f"akka://shop/user/worker-{g.num(1, 8)}#-{g.num(100000000, 2000000000)}"), "akka://shop/deadLetters")),
        (2, e("joining", "INFO", lambda: f"Cluster Node [{remote()}] - Node [{remote()}] is JOINING, roles [dc-default], version [0.0.0]", "akka.cluster.Cluster(akka://shop)")),
        (2, e("gated", "WARN", lambda: (lambda r: f"Association with remote system [{r}] has failed, address is now gated for [5000] ms. Reason: [Association failed with [{r}]] Caused by: [java.net.ConnectException: Connection refused: /{r.split('@')[1]}]")(remote()), "akka.tcp://shop@10.0.0.1:25520/system/endpointManager")),
        (0.5, failed),
    ]
    return L.run(ev, None)


def log_clickhouse(seed):
    L = Log("clickhouse_server", seed, "full", True, True)
    g = L.g
    tuuid = g.uuid()

    def H(tid, qid, lv, comp, msg):
        t = L.t
        return f"{t:%Y.%m.%d %H:%M:%S}.{t.microsecond:06d} [ {tid} ] {{{qid}}} <{lv}> {comp}: {msg}"

    def e(ev, lv, comp, msgf, q=True):
        def f():
            L.emit(H(g.num(100, 9999), g.uuid() if q else "", lv, comp, msgf()), ev, lv, comp)
        return f
    size = lambda: g.c([f"{g.f(1, 999, 2)} KiB", f"{g.f(1, 999, 2)} MiB", f"{g.num(1, 999)}.00 B"])
    ev = [
        (10, e("query", "Debug", "executeQuery", lambda: f"(from {g.ip()}:{g.port()}, user: default) SELECT count() FROM events WHERE date = '2026-11-{g.num(10, 30)}' AND user_id = {g.num(1, 99999)} (stage: Complete)")),
        (10, e("read", "Information", "executeQuery", lambda: f"Read {g.num(1, 9999999)} rows, {size()} in {g.f(0.001, 3, 6)} sec., {g.num(1000, 99999999)} rows/sec., {size()}/sec.")),
        (10, e("peak", "Debug", "MemoryTracker", lambda: f"Peak memory usage (for query): {size()}.")),
        (10, e("processed", "Debug", "TCPHandler", lambda: f"Processed in {g.f(0.001, 3, 6)} sec.")),
        (2, e("merge_sel", "Information", f"default.events ({tuuid}) (MergerMutator)", lambda: f"Selected {g.num(2, 9)} parts from 202612_{g.num(1, 99)}_{g.num(1, 99)}_0 to 202612_{g.num(100, 199)}_{g.num(100, 199)}_0", q=False)),
        (3, e("rename", "Trace", f"default.events ({tuuid})", lambda: (lambda a, b: f"Renaming temporary part tmp_merge_202612_{a}_{b}_1 to 202612_{a}_{b}_1 with tid (1, 1, 00000000-0000-0000-0000-000000000000).")(g.num(1, 99), g.num(100, 199)), q=False)),
        (0.5, e("unknown_table", "Error", "executeQuery", lambda: (lambda tb: f"Code: 60. DB::Exception: Table default.{tb} does not exist. (UNKNOWN_TABLE) (version 24.3.2.23 (official build)) (from {g.ip()}:{g.port()}) (in query: SELECT * FROM {tb} LIMIT 10)")(g.c(['evnts', 'event', 'users_v2'])))),
        (0.5, e("rm_tmp", "Warning", f"default.events ({tuuid})", lambda: f"Removing temporary directory /var/lib/clickhouse/store/{g.hx(3)}/{tuuid}/tmp_merge_202612_{g.num(1, 99)}_{g.num(100, 199)}_1/", q=False)),
    ]
    return L.run(ev, None)


def log_openvpn(seed):
    L = Log("openvpn_server", seed, "full", False, False)
    g = L.g
    clients = [(f"client{i}", g.ip("pub"), g.port()) for i in range(1, 12)]

    def H(msg):
        t = L.t
        return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y} {msg}"

    def e(ev, named, msgf):
        def f():
            cn, ip, port = g.c(clients)
            pre = f"{cn}/{ip}:{port}" if named else f"{ip}:{port}"
            L.emit(H(f"{pre} {msgf(cn, ip, port)}"), ev)
        return f
    ev = [
        (5, e("initial", False, lambda cn, ip, p: f"TLS: Initial packet from [AF_INET]{ip}:{p}, sid={g.hx(8)} {g.hx(8)}")),
        (5, e("verify", False, lambda cn, ip, p: f"VERIFY OK: depth=0, CN={cn}")),
        (5, e("pool", True, lambda cn, ip, p: f"MULTI_sva: pool returned IPv4=10.8.0.{g.num(2, 250)}, IPv6=(Not enabled)")),
        (5, e("learn", True, lambda cn, ip, p: f"MULTI: Learn: 10.8.0.{g.num(2, 250)} -> {cn}/{ip}:{p}")),
        (5, e("datachan", True, lambda cn, ip, p: f"Data Channel: cipher 'AES-256-GCM', peer-id: {g.num(0, 30)}")),
        (5, e("ctrlchan", True, lambda cn, ip, p: "Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bits RSA, signature: RSA-SHA256, peer temporary key: 253 bits X25519")),
        (3, e("sigusr1", True, lambda cn, ip, p: "SIGUSR1[soft,ping-restart] received, client-instance restarting")),
        (0.7, e("tlserr", False, lambda cn, ip, p: "TLS Error: TLS handshake failed")),
    ]
    return L.run(ev, None)


def log_pytest(seed):
    L = Log("pytest_verbose", seed, None, False, False)
    g = L.g
    mods = ["test_orders", "test_users", "test_pricing", "test_api", "test_models"]
    fns = ["test_create", "test_update", "test_delete", "test_list_paginated", "test_total_with_tax", "test_parse_date"]
    pct = [0]

    def tid():
        param = g.c(["", f"[eur-{g.num(1, 9)}]", f"[{g.c(['admin', 'guest'])}]", f"[{g.num(0, 99)}-{g.num(100, 999)}]"])
        return f"tests/{g.c(['unit', 'integration'])}/{g.c(mods)}.py::{g.c(fns)}{param}"

    def res(ev, word, extra=lambda: ""):
        def f():
            pct[0] = min(100, len(L.rows) * 100 // N_LINES)
            s = f"{tid()} {word}{extra()}"
            L.emit(f"{s:<78} [{pct[0]:>3}%]", ev)
        return f
    ev = [
        (30, res("passed", "PASSED")),
        (3, res("skipped", "SKIPPED", lambda: f" ({g.c(['requires postgres', 'slow test', 'flaky on CI'])})")),
        (1, res("failed", "FAILED")),
        (1, res("xfail", "XFAIL", lambda: f" (bug #{g.num(100, 999)})")),
        (1, lambda: L.emit(f"FAILED {tid()} - AssertionError: assert {g.num(1, 99)} == {g.num(1, 99)}", "summary_failed")),
        (2, lambda: L.emit(f"  /usr/lib/python3.12/site-packages/{g.c(['dateutil', 'pkg_resources', 'sqlalchemy'])}/{g.c(['tz', '__init__', 'orm'])}.py:{g.num(10, 900)}: DeprecationWarning: {g.c(['datetime.datetime.utcnow() is deprecated', 'pkg_resources is deprecated as an API'])}", "warning")),
    ]
    return L.run(ev, None)


LOGS = [log_klog, log_ruby, log_elixir, log_consul, log_postfix, log_fail2ban, log_xorg, log_sqlserver, log_jvmgc,
        log_rabbitmq, log_prometheus, log_dockerd, log_networkmanager, log_chrome, log_minecraft, log_oracle,
        log_ghactions, log_maven, log_ufw, log_caddy, log_pino, log_nlog, log_akka, log_clickhouse, log_openvpn, log_pytest]



if __name__ == "__main__":
    main(LOGS, WORK)
