#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the seventh round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.665.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, traceback lines, continuation lines, the
lines of a multi-line value or of a record's description) carry the time, level and component
of the record they belong to.

The true event of a line is the format string that wrote it: a status word, a class name or a
whole description filled into a format string is a variable (dbt's "START %s", MIT krb5kdc's
"TGS_REQ (%s) %s: %s: authtime %u, ..."), while two format strings that look alike are two
events. Where the text of a field was written by another program (the SMTP commands a client
sent, logged by Exchange), its event is that program's format.

usage: unseen_logs_round7.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round7)
"""
import datetime as dt
import json
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round7")
from unseen_logs_harness import Log, main, N_LINES, ms3, B62, ctime, us6, slowed  # noqa: E402


def goq(v):
    """A value as Go's hclog / logfmt writers print it: bare when it has no space, quote or '=', else %q."""
    v = str(v)
    if v == "" or not any(c in v for c in ' "=\\\t'):
        return v
    return json.dumps(v)


# 1 ---------------------------------------------------------------- HashiCorp Vault 1.18 server, integrated raft storage (3 nodes), stdout of `vault server` (hclog)
def log_vault(seed):
    L = Log("vault_server", seed, "full", True, True)
    g = L.g
    my_ip = "10.0.1.11"
    peers = [("vault-2", "10.0.1.12"), ("vault-3", "10.0.1.13")]
    mp = {"kubernetes": "auth.kubernetes.auth_kubernetes_" + g.hx(8), "approle": "auth.approle.auth_approle_" + g.hx(8),
          "ldap": "auth.ldap.auth_ldap_" + g.hx(8), "database": "secrets.database.database_" + g.hx(8)}
    st = {"term": g.num(3, 40), "index": g.num(2_000_000, 5_000_000)}
    lbs = ["10.0.0.4", "10.0.0.5"]
    apps = ["billing", "orders", "catalog", "search", "notify", "reports"]

    def emit(lv, name, msg, ev, kv=(), multi=None):
        t = L.t
        tag = f"[{lv}]".ljust(7)
        s = f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z {tag} {name + ': ' if name else ''}{msg}"
        if kv or multi:
            s += ":"
        for item in kv:
            k, v = item[:2]
            s += f" {k}={v if len(item) > 2 else goq(v)}"
        L.emit(s, ev, lv, name)
        if multi:
            key, item = multi
            L.emit(f"  {key}=", "hclog_multiline_key", lv, name)
            L.emit("  | 1 error occurred:", "multierror_head", lv, name)
            L.emit(f"  | \t* {item}", "multierror_item", lv, name)
            L.emit("  | ", "hclog_indent_blank", lv, name)
            L.emit("  ", "hclog_multiline_end", lv, name)

    def plain(text, ev):
        L.emit(text, ev)

    def banner():
        plain("==> Vault server configuration:", "banner_config")
        plain("", "banner_blank")
        rows = [("Administrative Namespace", ""), ("Api Address", f"https://{my_ip}:8200"), ("Cgo", "disabled"), ("Cluster Address", f"https://{my_ip}:8201"),
                ("Environment Variables", "GODEBUG, HOME, HOSTNAME, NAME, PATH, PWD, SHLVL, VAULT_ADDR, VERSION"), ("Go Version", "go1.22.8"),
                ("Listener 1", 'tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", disable_request_limiter: "false", max_request_duration: "1m30s", max_request_size: "33554432", tls: "enabled")'),
                ("Log Level", "info"), ("Mlock", "supported: true, enabled: false"), ("Recovery Mode", "false"), ("Storage", "raft (HA available)"),
                ("Version", "Vault v1.18.2, built 2024-11-20T11:24:56Z"), ("Version Sha", "ae90eb07d8ed5d38a4d1fd14e4bae8f1b4d6ed6b")]
        for k, v in rows:
            plain(f"{k:>24}: {v}", "banner_config_row")
        plain("", "banner_blank")
        plain("==> Vault server started! Log data will stream in below:", "banner_started")
        plain("", "banner_blank")

    def startup():
        banner()
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [INFO]  proxy environment: http_proxy=\"\" https_proxy=\"\" no_proxy=\"\"", "proxy_env", "INFO")
        emit("INFO", "core", "stored unseal keys supported, attempting fetch", "stored_keys")
        emit("WARN", None, "failed to unseal core", "unseal_failed", [("error", "stored unseal keys are supported, but none were found")])
        L.tick(30)
        emit("INFO", "core.cluster-listener.tcp", "starting listener", "cluster_listener_start", [("listener_address", "0.0.0.0:8201")])
        emit("INFO", "core.cluster-listener", "serving cluster requests", "cluster_serving", [("cluster_listen_address", "[::]:8201")])
        emit("INFO", "storage.raft", "initial configuration", "raft_initial_config",
             [("index", st["index"] // 1000), ("servers", "[{Suffrage:Voter ID:vault-1 Address:10.0.1.11:8201} {Suffrage:Voter ID:vault-2 Address:10.0.1.12:8201} {Suffrage:Voter ID:vault-3 Address:10.0.1.13:8201}]")])
        emit("INFO", "storage.raft", "entering follower state", "raft_follower", [("follower", f"Node at {my_ip}:8201 [Follower]"), ("leader-address", ""), ("leader-id", "")])
        emit("INFO", "core", "vault is unsealed", "unsealed")
        emit("INFO", "core", "entering standby mode", "standby")
        L.tick(2)
        election()

    def election():
        st["term"] += 1
        emit("WARN", "storage.raft", "heartbeat timeout reached, starting election", "raft_hb_timeout", [("last-leader-addr", ""), ("last-leader-id", "")])
        emit("INFO", "storage.raft", "entering candidate state", "raft_candidate", [("node", f"Node at {my_ip}:8201 [Candidate]"), ("term", st["term"])])
        L.tick(0.02)
        emit("INFO", "storage.raft", "election won", "raft_won", [("term", st["term"]), ("tally", 2)])
        emit("INFO", "storage.raft", "entering leader state", "raft_leader", [("leader", f"Node at {my_ip}:8201 [Leader]")])
        for p, ip in peers:
            emit("INFO", "storage.raft", "added peer, starting replication", "raft_added_peer", [("peer", p)])
        for p, ip in peers:
            emit("INFO", "storage.raft", "pipelining replication", "raft_pipelining", [("peer", f"{{Voter {p} {ip}:8201}}")])
        emit("INFO", "core", "acquired lock, enabling active operation", "acquired_lock")
        emit("INFO", "core", "post-unseal setup starting", "post_unseal_start")
        emit("INFO", "core", "successfully setup plugin catalog", "plugin_catalog", [("plugin-directory", "")])
        for typ, path, ver in [("system", "sys/", "v1.18.2+builtin.vault"), ("identity", "identity/", "v1.18.2+builtin.vault"), ("kv", "secret/", "v0.20.0+builtin"),
                               ("database", "database/", "v1.18.2+builtin.vault"), ("pki", "pki/", "v1.18.2+builtin.vault"), ("cubbyhole", "cubbyhole/", "v1.18.2+builtin.vault")]:
            emit("INFO", "core", "successfully mounted", "mounted", [("type", typ), ("version", ver), ("path", path), ("namespace", "ID: root. Path: ")])
        for typ, path in [("token", "token/"), ("kubernetes", "kubernetes/"), ("approle", "approle/"), ("ldap", "ldap/")]:
            emit("INFO", "core", "successfully enabled credential backend", "cred_enabled", [("type", typ), ("version", "v0.20.0+builtin" if typ != "token" else "v1.18.2+builtin.vault"), ("path", path), ("namespace", "ID: root. Path: ")])
        emit("INFO", "rollback", "Starting the rollback manager with 256 workers", "rollback_workers")
        emit("INFO", "rollback", "starting rollback manager", "rollback_start")
        emit("INFO", "core", "restoring leases", "restoring_leases")
        L.tick(0.8)
        emit("INFO", "expiration", "lease restore complete", "lease_restore_done")
        emit("INFO", "identity", "entities restored", "entities_restored")
        emit("INFO", "identity", "groups restored", "groups_restored")
        emit("INFO", "core", "starting raft active node", "raft_active_node")
        emit("INFO", "storage.raft", "starting autopilot", "autopilot_start",
             [("config", "&{false 0 10s 24h0m0s 1000 0 10s false redundancy_zone upgrade_version}"), ("reconcile_interval", "0s")])
        emit("INFO", "core", "post-unseal setup complete", "post_unseal_done")

    def revoke():
        if g.r.random() < 0.6:
            lease = f"database/creds/{g.c(apps)}-{g.c(['ro', 'rw'])}/{''.join(g.c(B62) for _ in range(24))}"
        else:
            lease = f"auth/kubernetes/login/h{g.hx(40)}"
        emit("INFO", "expiration", "revoked lease", "revoked_lease", [("lease_id", lease)])

    def tls_err():
        emit("INFO", "http", f"TLS handshake error from {g.c(lbs)}:{g.port()}: {g.c(['EOF', 'EOF', 'EOF', 'read tcp ' + my_ip + ':8200->' + g.c(lbs) + ':' + str(g.port()) + ': read: connection reset by peer', 'remote error: tls: bad certificate'])}", "tls_handshake_error")

    def revoke_fail():
        app = g.c(apps)
        emit("ERROR", "expiration", "failed to revoke lease", "revoke_failed",
             [("lease_id", f"database/creds/{app}-rw/{''.join(g.c(B62) for _ in range(24))}"),
              ("error", f"failed to revoke entry: resp: (*logical.Response)(nil) err: pq: role \"v-kubernet-{app}-rw-{''.join(g.c(B62) for _ in range(20))}-{int(L.t.timestamp()) - g.num(3600, 90000)}\" cannot be dropped because some objects depend on it")])

    def db_user_fail():
        emit("ERROR", mp["database"], "error creating database user", "db_create_user_failed", (),
             ("error", g.c(['pq: password authentication failed for user "vault"', "dial tcp 10.0.4.20:5432: connect: connection refused", 'pq: role "v-approle-reports-ro-7Hs2kQ" already exists'])))

    def ldap_fail():
        emit("ERROR", mp["ldap"], "error getting user bind DN", "ldap_binddn_error", [("error", "LDAP search for binddn 0 or not unique")])

    def k8s_fail():
        emit("ERROR", mp["kubernetes"], "login unauthorized", "k8s_login_unauthorized",
             [("err", g.c(["lookup failed: service account unauthorized; this could mean it has been deleted or recreated with a new token", "service account name not authorized"]))])

    def approle_warn():
        emit("WARN", mp["approle"], "error validating secret ID", "approle_secret_id_invalid", [("role_name", g.c(apps)), ("error", "invalid secret id")])

    def snapshot():
        st["index"] += g.num(8000, 20000)
        idx = st["index"]
        emit("INFO", "storage.raft", "starting snapshot up to", "raft_snapshot_start", [("index", idx)])
        emit("INFO", "storage.raft.snapshot", "creating new snapshot", "raft_snapshot_create", [("path", f"/vault/data/raft/snapshots/{st['term']}-{idx}-{int(L.t.timestamp() * 1000)}.tmp")])
        L.tick(1.5)
        emit("INFO", "storage.raft", "compacting logs", "raft_compacting", [("from", idx - 20000 + 1), ("to", idx - 10000)])
        emit("INFO", "storage.raft.snapshot", "reaping snapshot", "raft_snapshot_reap", [("path", f"/vault/data/raft/snapshots/{st['term']}-{idx - g.num(8000, 20000)}-{int(L.t.timestamp() * 1000) - g.num(10 ** 6, 10 ** 7)}")])
        emit("INFO", "storage.raft", "snapshot complete up to", "raft_snapshot_done", [("index", idx)])

    def peer_lost():
        p, ip = g.c(peers)
        peer = f"{{Voter {p} {ip}:8201}}"
        for _ in range(g.num(1, 3)):
            emit("WARN", "storage.raft", "failed to contact", "raft_failed_contact", [("server-id", p), ("time", f"{g.f(0.5, 9, 6)}s")])
            L.tick(0.5)
        emit("WARN", "storage.raft", "aborting pipeline replication", "raft_abort_pipeline", [("peer", peer)])
        for _ in range(g.num(1, 4)):
            emit("ERROR", "storage.raft", "failed to appendEntries to", "raft_append_failed", [("peer", peer), ("error", f"dial tcp {ip}:8201: connect: connection refused")])
            emit("ERROR", "storage.raft", "failed to heartbeat to", "raft_heartbeat_failed", [("peer", f"{ip}:8201"), ("backoff time", f"{g.c([10, 20, 40, 80, 160])}ms"), ("error", f"dial tcp {ip}:8201: connect: connection refused")])
            L.tick(2)
        emit("INFO", "storage.raft", "pipelining replication", "raft_pipelining", [("peer", peer)])

    def alpn():
        emit("WARN", "core.cluster-listener", "no TLS config found for ALPN", "alpn_no_tls", [("ALPN", '["req_fw_sb-act_v1"]', "raw")])

    def forward():
        emit("ERROR", "core", "error during forwarded RPC request", "forward_rpc_error", [("error", g.c(["rpc error: code = Canceled desc = context canceled", "rpc error: code = Unavailable desc = error reading from server: EOF"]))])

    def step_down():
        emit("WARN", "core", "leadership lost, stopping active operation", "leadership_lost")
        emit("INFO", "core", "pre-seal teardown starting", "pre_seal_start")
        emit("INFO", "core", "stopping raft active node", "raft_stop_active")
        emit("INFO", "rollback", "stopping rollback manager", "rollback_stop")
        emit("INFO", "core", "pre-seal teardown complete", "pre_seal_done")
        emit("INFO", "storage.raft", "entering follower state", "raft_follower", [("follower", f"Node at {my_ip}:8201 [Follower]"), ("leader-address", ""), ("leader-id", "")])
        L.tick(3)
        election()

    def tidy():
        emit("INFO", "expiration", "tidy operation on leases is complete", "tidy_done", [("deleted_irrevocable_leases", 0), ("revoked_leases", g.num(0, 40))])

    startup()
    ev = [(34, revoke), (22, tls_err), (1.2, revoke_fail), (0.6, db_user_fail), (3, ldap_fail), (5, k8s_fail), (3, approle_warn), (0.6, snapshot),
          (0.25, peer_lost), (1.5, alpn), (1.5, forward), (0.03, step_down), (0.4, tidy)]
    return L.run(ev, None)


# 2 ---------------------------------------------------------------- Grafana 11.3 (logfmt to stdout, container), alerting on, SQLite
def log_grafana(seed):
    L = Log("grafana_logfmt", seed, "full", True, True)
    g = L.g
    dashboards = [g.alnum(14, B62) for _ in range(12)]
    rules = [g.alnum(14, string.ascii_lowercase + string.digits) for _ in range(10)]
    users = [(1, "admin"), (3, "alice"), (4, "bob"), (7, "carol"), (9, "svc-report")]
    clients = [g.ip() for _ in range(15)]
    ds = [("Prometheus", "prometheus", "P1809F7CD0C75ACF3"), ("Loki", "loki", "P8E80F9AEF21F6940"), ("PostgreSQL", "grafana-postgresql-datasource", "P44368ADAD746BC27")]

    def emit(logger, lv, msg, ev, pre=(), post=()):
        t = L.t
        L.t += dt.timedelta(microseconds=g.num(20, 400))
        t = L.t
        parts = [f"logger={logger}"] + [f"{k}={goq(v)}" for k, v in pre] + [f"t={t:%Y-%m-%dT%H:%M:%S}.{us6(t)}{g.num(100, 999)}Z", f"level={lv}", f"msg={goq(msg)}"]
        parts += [f"{k}={goq(v)}" for k, v in post]
        L.emit(" ".join(parts), ev, lv, logger)

    def startup():
        emit("settings", "info", "Starting Grafana", "start", post=[("version", "11.3.1"), ("commit", "9b7f6c1b2e"), ("branch", "HEAD"), ("compiled", "2026-11-18T10:21:04Z")])
        emit("settings", "info", "Config loaded from", "config_loaded", post=[("file", "/usr/share/grafana/conf/defaults.ini")])
        emit("settings", "info", "Config loaded from", "config_loaded", post=[("file", "/etc/grafana/grafana.ini")])
        for var in ["GF_PATHS_DATA=/var/lib/grafana", "GF_PATHS_LOGS=/var/log/grafana", "GF_SECURITY_ADMIN_PASSWORD=*********", "GF_SERVER_ROOT_URL=https://grafana.example.com/"]:
            emit("settings", "info", "Config overridden from Environment variable", "config_env", post=[("var", var)])
        emit("settings", "info", "Target", "target", post=[("target", "[all]")])
        emit("settings", "info", "Path Home", "path_home", post=[("path", "/usr/share/grafana")])
        emit("settings", "info", "Path Data", "path_data", post=[("path", "/var/lib/grafana")])
        emit("settings", "info", "Path Logs", "path_logs", post=[("path", "/var/log/grafana")])
        emit("settings", "info", "Path Plugins", "path_plugins", post=[("path", "/var/lib/grafana/plugins")])
        emit("settings", "info", "App mode production", "app_mode")
        emit("featuremgmt", "info", "FeatureToggles", "feature_toggles", post=[("lokiQuerySplitting", "true"), ("alertingSimplifiedRouting", "true"), ("publicDashboards", "true"), ("logsExploreTableVisualisation", "true")])
        emit("sqlstore", "info", "Connecting to DB", "db_connect", post=[("dbtype", "sqlite3")])
        emit("migrator", "info", "Locking database", "migrator_lock")
        emit("migrator", "info", "Starting DB migrations", "migrator_start")
        emit("migrator", "info", "migrations completed", "migrator_done", post=[("performed", 0), ("skipped", 612), ("duration", f"{g.f(0.5, 3, 6)}ms")])
        emit("migrator", "info", "Unlocking database", "migrator_unlock")
        emit("secrets", "info", "Envelope encryption state", "envelope", post=[("enabled", "true"), ("currentprovider", "secretKey.v1")])
        emit("plugin.store", "info", "Loading plugins...", "plugins_loading")
        L.tick(0.3)
        emit("plugin.store", "info", "Plugins loaded", "plugins_loaded", post=[("count", 55), ("duration", f"{g.f(100, 400, 6)}ms")])
        emit("query_data", "info", "Query Service initialization", "query_service")
        emit("live.push_http", "info", "Live Push Gateway initialization", "live_push")
        for name, typ, uid in ds:
            emit("provisioning.datasources", "info", "inserting datasource from configuration", "prov_ds", post=[("name", name), ("uid", uid)])
        emit("provisioning.dashboard", "info", "starting to provision dashboards", "prov_dash_start")
        emit("provisioning.dashboard", "info", "finished to provision dashboards", "prov_dash_done")
        emit("ngalert.state.manager", "info", "Warming state cache for startup", "state_warm")
        emit("ngalert.state.manager", "info", "State cache has been initialized", "state_init", post=[("states", g.num(5, 40)), ("duration", f"{g.f(1, 20, 6)}ms")])
        emit("ngalert.scheduler", "info", "Starting scheduler", "sched_start", post=[("tickInterval", "10s"), ("maxAttempts", 1)])
        emit("ticker", "info", "starting", "ticker_start", post=[("first_tick", f"{L.t:%Y-%m-%dT%H:%M}:{(L.t.second // 10 + 1) * 10 % 60:02d}Z")])
        emit("http.server", "info", "HTTP Server TLS settings", "tls_settings", post=[("MinTLSVersion", "TLS1.2"), ("configuredciphers", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384")])
        emit("http.server", "info", "HTTP Server Listen", "listen", post=[("address", "[::]:3000"), ("protocol", "https"), ("subUrl", ""), ("socket", "")])
        emit("infra.usagestats.collector", "info", "registering usage stat providers", "usagestats_register", post=[("usageStatsProvidersLen", 2)])

    API = [("/api/dashboards/uid/{d}", "/api/dashboards/uid/:uid", "GET"), ("/api/ds/query?ds_type=prometheus&requestId=SQR{n}", "/api/ds/query", "POST"),
           ("/api/search?query=&starred=false", "/api/search", "GET"), ("/api/annotations?from={ms}&to={ms}&limit=100&matchAny=false&dashboardUID={d}", "/api/annotations", "GET"),
           ("/api/prometheus/grafana/api/v1/rules", "/api/prometheus/grafana/api/v1/rules", "GET"), ("/api/user/auth-tokens/rotate", "/api/user/auth-tokens/rotate", "POST"),
           ("/api/live/ws", "/api/live/ws", "GET"), ("/api/frontend-metrics", "/api/frontend-metrics", "POST"), ("/api/health", "/api/health", "GET")]

    def request():
        path, handler, method = g.c(API)
        uid, name = g.c(users) if handler != "/api/health" else (0, "")
        d = g.c(dashboards)
        status = g.c([200] * 30 + [304, 400, 401, 403, 404, 500, 502])
        if handler == "/api/live/ws":
            status = -1
        p = path.format(d=d, n=g.num(1, 400), ms=int(L.t.timestamp() * 1000) - g.num(0, 10 ** 7))
        dur = g.f(0.2, 900 if handler == "/api/ds/query" else 60, 6)
        post = [("method", method), ("path", p.split("?")[0]), ("status", status), ("remote_addr", g.c(clients)), ("time_ms", int(float(dur))), ("duration", f"{dur}ms"),
                ("size", g.num(0, 90000) if status != -1 else 0), ("referer", f"https://grafana.example.com/d/{d}/{g.c(['node-exporter-full', 'api-latency', 'postgres-overview', 'k8s-cluster'])}" if uid else ""),
                ("handler", handler), ("status_source", "server" if status < 500 or g.r.random() < 0.5 else "downstream")]
        lv = "info"
        if status >= 500:
            lv = "error"
            post.insert(-1, ("error", g.c(["context canceled", "[plugin.downstreamError] client: failed to query data: Post \"http://prometheus:9090/api/v1/query_range\": dial tcp 10.0.3.7:9090: connect: connection refused", "database is locked"])))
        emit("context", lv, "Request Completed", "request_completed", pre=[("userId", uid), ("orgId", 1 if uid else 0), ("uname", name)], post=post)

    def authn():
        emit("authn.service", "warn", "Failed to authenticate request", "authn_failed", post=[("client", g.c(["auth.client.session", "auth.client.api-key", "auth.client.basic"])),
             ("error", g.c(["user token not found", "token needs to be rotated", "[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found", "[api-key.invalid] API key is invalid"]))])

    def proxy():
        uid, name = g.c(users)
        dsn = g.c(ds)
        emit("data-proxy-log", "info", "Proxying incoming request", "proxy", pre=[("userId", uid), ("orgId", 1), ("uname", name), ("path", f"/api/datasources/proxy/uid/{dsn[2]}/api/v1/labels"),
             ("remote_addr", g.c(clients)), ("referer", f"https://grafana.example.com/explore?orgId=1&left={g.hx(8)}")],
             post=[("userid", uid), ("orgid", 1), ("username", name), ("datasource", dsn[1]), ("uri", f"/api/datasources/proxy/uid/{dsn[2]}/api/v1/labels?start={int(L.t.timestamp()) - 3600}&end={int(L.t.timestamp())}"), ("method", "GET"), ("body", "")])

    def eval_fail():
        emit("ngalert.scheduler", "error", "Failed to evaluate rule", "eval_failed", pre=[("rule_uid", g.c(rules)), ("org_id", 1), ("version", g.num(1, 9)), ("fingerprint", g.hx(16)), ("attempt", 0), ("now", f"{L.t:%Y-%m-%dT%H:%M:%S}Z")],
             post=[("error", g.c(["failed to execute query A: context deadline exceeded", "[sse.dataQueryError] failed to execute query [A]: Post \"http://prometheus:9090/api/v1/query_range\": dial tcp 10.0.3.7:9090: connect: connection refused", "failed to build query 'A': data source not found"])),
                   ("duration", f"{g.f(1, 30000, 6)}ms")])

    def stale():
        r = g.c(rules)
        emit("ngalert.state.manager", "info", "Detected stale state entry", "stale_state", pre=[("rule_uid", r), ("org_id", 1)],
             post=[("cacheID", f"[[\"__alert_rule_namespace_uid__\",\"{g.alnum(14)}\"],[\"__alert_rule_uid__\",\"{r}\"],[\"alertname\",\"{g.c(['HighCPU', 'DiskFull', 'Api5xx', 'NodeDown'])}\"],[\"instance\",\"{g.host()}:9100\"]]"),
                   ("state", g.c(["Normal", "Alerting", "Pending"])), ("reason", "")])

    def send_alerts():
        emit("ngalert.sender.router", "info", "Sending alerts to local notifier", "send_local", pre=[("rule_uid", g.c(rules)), ("org_id", 1)], post=[("count", g.num(1, 6))])

    def notify_fail():
        emit("ngalert.notifier.alertmanager", "error", "Notify for alerts failed", "notify_failed", pre=[("org", 1)],
             post=[("component", "alertmanager"), ("orgID", 1), ("component", "dispatcher"), ("num_alerts", g.num(1, 6)),
                   ("err", g.c(["email-ops/email[0]: notify retry canceled due to unrecoverable error after 1 attempts: SMTP not configured, check your grafana.ini config file's [smtp] section",
                                "slack-oncall/slack[0]: notify retry canceled after 3 attempts: failed to send Slack message: Post \"https://hooks.slack.com/services/T000/B000/XXXX\": context deadline exceeded"]))])

    def sync_am():
        emit("ngalert.multiorg.alertmanager", "info", "Synchronizing Alertmanagers for orgs", "am_sync")
        emit("ngalert.multiorg.alertmanager", "info", "Done synchronizing Alertmanagers for orgs", "am_sync_done")

    def live():
        d = g.c(dashboards)
        emit("live", "info", "Initialized channel handler", "live_channel", post=[("channel", f"grafana/dashboard/uid/{d}"), ("address", f"grafana/dashboard/uid/{d}")])

    def locked():
        emit("sqlstore.transactions", "info", "Database locked, sleeping then retrying", "db_locked", post=[("error", "database is locked"), ("retry", g.num(0, 4)), ("code", "database is locked")])

    def cleanup():
        emit("cleanup", "info", "Completed cleanup jobs", "cleanup", post=[("duration", f"{g.f(5, 90, 6)}ms")])

    def update():
        emit("plugins.update.checker", "info", "Update check succeeded", "update_check", post=[("duration", f"{g.f(60, 700, 6)}ms")])

    def query_err():
        uid, name = g.c(users)
        dsn = g.c(ds[2:])
        emit(f"plugin.{dsn[1]}", "error", "Query error", "query_error", pre=[("endpoint", "queryData"), ("pluginId", dsn[1]), ("dsName", dsn[0]), ("dsUID", dsn[2]), ("uname", name), ("fromAlert", "false")],
             post=[("error", g.c(["pq: canceling statement due to statement timeout", "pq: relation \"metrics_daily\" does not exist", "db query error: failed to connect to `host=db.internal user=grafana database=metrics`: dial error (dial tcp 10.0.4.20:5432: connect: connection refused)"]))])

    def restart():
        emit("server", "info", "Shutdown started", "shutdown", post=[("reason", "System signal: terminated")])
        L.tick(4)
        startup()

    startup()
    ev = [(44, request), (7, authn), (5, proxy), (3, eval_fail), (2.5, stale), (2.5, send_alerts), (1, notify_fail), (2.5, sync_am), (3, live), (0.8, locked),
          (0.6, cleanup), (0.2, update), (1.5, query_err), (0.03, restart)]
    return L.run(ev, None)


# 3 ---------------------------------------------------------------- Envoy 1.32 front proxy (xDS from a control plane), stdout: application log and the default access log interleaved
def log_envoy(seed):
    L = Log("envoy_proxy", seed, "full", True, True)
    g = L.g
    clusters = [("orders", "10.0.2.{}:8080"), ("catalog", "10.0.2.{}:8080"), ("payments", "10.0.3.{}:9000"), ("search", "10.0.4.{}:9200")]
    hosts = {c: [pat.format(g.num(10, 250)) for _ in range(3)] for c, pat in clusters}
    authority = {"orders": "api.example.com", "catalog": "api.example.com", "payments": "pay.example.com", "search": "search.example.com"}
    paths = {"orders": ["/v1/orders", "/v1/orders/{id}", "/v1/orders/{id}/items"], "catalog": ["/v1/products", "/v1/products/{id}", "/v1/categories"],
             "payments": ["/v2/charges", "/v2/charges/{id}/capture", "/v2/refunds"], "search": ["/v1/search?q={q}", "/v1/suggest?q={q}"]}
    uas = ["okhttp/4.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "python-requests/2.32.3", "Go-http-client/2.0", "curl/8.5.0"]
    st = {"conn": g.num(1000, 9000), "tid": [g.num(20, 40) for _ in range(4)]}

    def app(lv, logger, src, msg, ev, tid=None):
        t = L.t
        L.emit(f"[{t:%Y-%m-%d %H:%M:%S}.{ms3(t)}][{tid if tid is not None else 1}][{lv}][{logger}] [{src}] {msg}", ev, lv, logger)

    def access():
        c = g.c(list(hosts))
        path = g.c(paths[c]).format(id=g.num(10000, 999999), q=g.c(["shoes", "red+dress", "usb-c", "lamp", "garden+hose"]))
        method = "GET" if "{id}" not in path and g.r.random() < 0.7 else g.c(["GET", "POST", "PUT", "DELETE"])
        code = g.c([200] * 24 + [201, 204, 301, 304, 400, 401, 404, 404, 429, 503, 504, 0])
        flags = {503: g.c(["UF", "UO", "-", "URX"]), 504: "UT", 0: "DC", 429: "RL"}.get(code, "-")
        up = g.c(hosts[c]) if flags not in ("UF", "UO", "RL") else "-"
        dur = g.num(1, 900) if code != 504 else 15000
        ust = dur - g.num(0, min(dur, 5)) if up != "-" and code not in (0, 504) else "-"
        xff = g.c([g.ip("pub"), g.ip("pub") + "," + g.ip("10"), "-"])
        t = L.t
        L.emit(f"[{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z] \"{method} {path} HTTP/{g.c(['1.1', '1.1', '2'])}\" {code} {flags} {g.num(0, 4000) if method in ('POST', 'PUT') else 0} {g.num(0, 90000) if code and code < 400 else g.num(0, 200)} "
               f"{dur} {ust} \"{xff}\" \"{g.c(uas)}\" \"{g.uuid()}\" \"{authority[c]}\" \"{up}\"", "access_log")

    def startup():
        app("info", "main", "source/server/server.cc:430", "initializing epoch 0 (base id=0, hot restart version=11.104)", "init_epoch")
        app("info", "main", "source/server/server.cc:432", "statically linked extensions:", "static_ext")
        for cat, exts in [("envoy.access_loggers", "envoy.access_loggers.file, envoy.access_loggers.http_grpc, envoy.access_loggers.open_telemetry, envoy.access_loggers.stderr, envoy.access_loggers.stdout"),
                          ("envoy.clusters", "envoy.cluster.eds, envoy.cluster.logical_dns, envoy.cluster.original_dst, envoy.cluster.static, envoy.cluster.strict_dns, envoy.clusters.aggregate"),
                          ("envoy.filters.http", "envoy.filters.http.cors, envoy.filters.http.ext_authz, envoy.filters.http.health_check, envoy.filters.http.local_ratelimit, envoy.filters.http.lua, envoy.filters.http.router"),
                          ("envoy.filters.network", "envoy.echo, envoy.ext_authz, envoy.filters.network.http_connection_manager, envoy.filters.network.tcp_proxy, envoy.http_connection_manager"),
                          ("envoy.transport_sockets.upstream", "envoy.transport_sockets.tls, envoy.transport_sockets.raw_buffer, tls, raw_buffer")]:
            app("info", "main", "source/server/server.cc:434", f"  {cat}: {exts}", "static_ext_row")
        app("info", "main", "source/server/server.cc:464", "HTTP header map info:", "header_map_info")
        for hm, size in [("request header map", 760), ("request trailer map", 120), ("response header map", 432), ("response trailer map", 136)]:
            app("info", "main", "source/server/server.cc:467", f"  {hm}: {size} bytes: :authority,:method,:path,:protocol,:scheme,accept,accept-encoding,authorization,content-length,content-type,...", "header_map_row")
        app("info", "admin", "source/server/admin/admin.cc:65", "admin address: 0.0.0.0:9901", "admin_address")
        app("info", "config", "source/server/configuration_impl.cc:168", "loading tracing configuration", "loading_tracing")
        app("info", "config", "source/server/configuration_impl.cc:124", "loading 0 static secret(s)", "loading_secrets")
        app("info", "config", "source/server/configuration_impl.cc:130", "loading 1 cluster(s)", "loading_clusters")
        app("info", "config", "source/server/configuration_impl.cc:134", "loading 0 listener(s)", "loading_listeners")
        app("warning", "main", "source/server/server.cc:928", "There is no configured limit to the number of allowed active downstream connections. Configure a limit in `envoy.resource_monitors.downstream_connections` resource monitor.", "no_conn_limit")
        app("info", "runtime", "source/common/runtime/runtime_impl.cc:614", "RTDS has finished initialization", "rtds_init")
        app("info", "upstream", "source/common/upstream/cluster_manager_impl.cc:240", "cm init: initializing cds", "cm_init_cds")
        cds()
        app("info", "upstream", "source/common/upstream/cluster_manager_impl.cc:245", "cm init: all clusters initialized", "cm_all_init")
        app("info", "main", "source/server/server.cc:958", "all clusters initialized. initializing init manager", "all_clusters_init")
        lds()
        app("info", "config", "source/common/listener_manager/listener_manager_impl.cc:944", "all dependencies initialized. starting workers", "starting_workers")
        app("info", "main", "source/server/server.cc:979", "starting main dispatch loop", "main_loop")

    def cds():
        app("info", "upstream", "source/common/upstream/cds_api_helper.cc:32", f"cds: add {len(hosts)} cluster(s), remove {g.c([0, 0, 1])} cluster(s)", "cds_add")
        app("info", "upstream", "source/common/upstream/cds_api_helper.cc:71", f"cds: added/updated {g.num(0, len(hosts))} cluster(s), skipped {g.num(0, len(hosts))} unmodified cluster(s)", "cds_updated")

    def lds():
        for lst in ["ingress_http", "ingress_https"]:
            app("info", "upstream", "source/common/listener_manager/lds_api.cc:106", f"lds: add/update listener '{lst}'", "lds_update")

    def xds_closed():
        app("warning", "config", "./source/extensions/config_subscription/grpc/grpc_stream.h:193",
            f"DeltaAggregatedResources gRPC config stream to xds_cluster closed since {g.num(30, 400)}s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection termination", "xds_closed_since")

    def xds_closed2():
        app("warning", "config", "./source/extensions/config_subscription/grpc/grpc_stream.h:155",
            f"DeltaAggregatedResources gRPC config stream to xds_cluster closed: {g.c(['13, ', '14, upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: Connection refused', '0, '])}", "xds_closed")

    def deprecated():
        app("warning", "misc", "source/common/protobuf/message_validator_impl.cc:21",
            "Deprecated field: type envoy.config.route.v3.RouteAction Using deprecated option 'envoy.config.route.v3.RouteAction.max_grpc_timeout' from file route_components.proto. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details. If continued use of this field is absolutely necessary, see https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/runtime#using-runtime-overrides-for-deprecated-features for how to apply a temporary and highly discouraged override.", "deprecated_field")

    def update_cds():
        cds()
        if g.r.random() < 0.4:
            lds()

    def rejected():
        app("warning", "config", "source/extensions/config_subscription/grpc/delta_subscription_state.cc:277",
            f"delta config for type.googleapis.com/envoy.config.route.v3.RouteConfiguration rejected: Unknown cluster '{g.c(['payments-v2', 'search-canary', 'orders-shadow'])}'", "config_rejected")
        app("warning", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138",
            "gRPC config for type.googleapis.com/envoy.config.route.v3.RouteConfiguration rejected: Unknown cluster", "grpc_config_rejected")

    def lua():
        app("error", "lua", "source/extensions/filters/common/lua/lua.cc:26",
            f"script log: [string \"function envoy_on_request(request_handle)...\"]:{g.c([14, 22])}: attempt to index a nil value (local '{g.c(['auth', 'claims'])}')", "lua_error", g.c(st["tid"]))

    def dns():
        c = g.c(["auth.internal", "geo.internal", "otel-collector.observability.svc"])
        app("warning", "dns", "source/extensions/network/dns_resolver/cares/dns_impl.cc:389", f"dns resolution for {c} failed with c-ares status 12", "dns_failed", g.c(st["tid"]))

    def overload():
        app("warning", "main", "source/server/overload_manager_impl.cc:590", f"Failed to update resource envoy.resource_monitors.fixed_heap: heap size {g.num(10 ** 9, 2 * 10 ** 9)} exceeds max heap size", "overload_update_failed")

    def shutdown():
        app("warning", "main", "source/server/server.cc:1017", "caught ENVOY_SIGTERM", "sigterm")
        app("info", "main", "source/server/server.cc:1166", "shutting down server instance", "shutting_down")
        app("info", "main", "source/server/server.cc:1106", "main dispatch loop exited", "loop_exited")
        app("info", "main", "source/server/server.cc:1158", "exiting", "exiting")
        L.tick(3)
        startup()

    startup()
    ev = [(70, access), (1.2, xds_closed), (0.8, xds_closed2), (0.5, deprecated), (1.2, update_cds), (0.4, rejected), (1, lua), (0.8, dns), (0.2, overload), (0.03, shutdown)]
    return L.run(ev, None)


# 4 ---------------------------------------------------------------- Exchange Server 2019 SMTP Receive protocol log (Frontend transport, W3C-style CSV), hourly files concatenated
def log_exchange(seed):
    L = Log("exchange_smtp_receive", seed, "full", False, False)
    g = L.g
    server = "EX01"
    fqdn = "EX01.contoso.com"
    local = "10.0.0.20"
    senders = [("mail-wr1-f54.google.com", "209.85.221.54"), ("mail-eopbgr80042.outbound.protection.outlook.com", "40.107.8.42"), ("mx.mailgun.example.net", g.ip("pub")),
               ("smtp.partner.example.org", g.ip("pub")), ("o1.email.sendgrid.example", g.ip("pub"))]
    spammers = [g.ip("pub") for _ in range(8)]
    rcpts = [f"{u}@contoso.com" for u in ["alice", "bob", "carol", "dave", "sales", "info", "support", "hr", "erin.kim", "frank.lee"]]
    st = {"hour": None}

    def header():
        t = L.t
        L.emit("#Software: Microsoft Exchange Server", "w3c_software")
        L.emit("#Version: 15.02.1544.014", "w3c_version")
        L.emit("#Log-type: SMTP Receive Protocol Log", "w3c_log_type")
        L.emit(f"#Date: {t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z", "w3c_date", t=t)
        L.emit("#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context", "w3c_fields")

    def csvq(s):
        return f'"{s}"' if ("," in s or '"' in s) else s

    def session(kind):
        if st["hour"] != L.t.hour:
            st["hour"] = L.t.hour
            header()
        sid = "08DD" + g.HX(12)
        seq = [0]
        helo, ip = g.c(senders) if kind != "spam" else (g.c(["User", "ylmf-pc", "WIN-" + g.HX(11), "localhost", "[" + g.c(spammers) + "]"]), g.c(spammers))
        remote = f"{ip}:{g.port()}"
        conn = f"{server}\\Default Frontend {server}"

        def line(ev_ch, data, ctx, event):
            L.tick(0.03)
            t = L.t
            L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},{seq[0]},{local}:25,{remote},{ev_ch},{csvq(data)},{csvq(ctx)}", event)
            seq[0] += 1

        line("+", "", "", "connect")
        line("*", "SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders", "Set Session Permissions", "set_permissions")
        line(">", f"220 {fqdn} Microsoft ESMTP MAIL Service ready at {L.t:%a, %-d %b %Y %H:%M:%S} +0000", "", "r220_banner")
        line("<", f"EHLO {helo}", "", "c_ehlo")
        ext = "SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS X-ANONYMOUSTLS AUTH NTLM X-EXPS GSSAPI NTLM 8BITMIME BINARYMIME CHUNKING SMTPUTF8 XRDST"
        line(">", f"250  {fqdn} Hello [{ip}] {ext}", "", "r250_ehlo")
        if kind != "spam" or g.r.random() < 0.3:
            line("<", "STARTTLS", "", "c_starttls")
            line(">", "220 2.0.0 SMTP server ready", "", "r220_tls")
            line("*", "", "Sending certificate", "tls_sending_cert")
            line("*", "CN=mail.contoso.com", "Certificate subject", "tls_cert_subject")
            line("*", "CN=R11, O=Let's Encrypt, C=US", "Certificate issuer name", "tls_cert_issuer")
            line("*", "04A1F07C29B3D1E6E0C2A9F3B7D5E8C1A7F2", "Certificate serial number", "tls_cert_serial")
            line("*", "9F2B7C1D3E5A4B6C8D0E1F2A3B4C5D6E7F8A9B0C", "Certificate thumbprint", "tls_cert_thumbprint")
            line("*", "mail.contoso.com;autodiscover.contoso.com;owa.contoso.com", "Certificate alternate names", "tls_cert_names")
            line("*", "", "TLS negotiation succeeded", "tls_ok")
            line("<", f"EHLO {helo}", "", "c_ehlo")
            line(">", f"250  {fqdn} Hello [{ip}] {ext.replace('STARTTLS X-ANONYMOUSTLS ', '')}", "", "r250_ehlo")
        if kind == "spam":
            if g.r.random() < 0.5:
                line("<", "AUTH LOGIN", "", "c_auth_login")
                line(">", "504 5.7.4 Unrecognized authentication type", "", "r504_auth")
            else:
                line("<", f"MAIL FROM:<{g.c(['admin', 'noreply', 'info'])}@{g.c(['contoso.com', 'paypa1-secure.example', 'dhl-track.example'])}>", "", "c_mail_from")
                line(">", "250 2.1.0 Sender OK", "", "r250_sender")
                for _ in range(g.num(1, 4)):
                    line("<", f"RCPT TO:<{g.c(['ceo', 'accounts', 'test', 'webmaster', 'jsmith'])}@contoso.com>", "", "c_rcpt_to")
                    line(">", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "", "r550_not_found")
                    line("*", "Tarpit for '0.00:00:05' due to '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "", "tarpit")
            if g.r.random() < 0.5:
                line("-", "", "Remote(SocketError)", "disconnect")
                return
            line("<", "QUIT", "", "c_quit")
            line(">", "221 2.0.0 Closing connection.", "", "r221")
            line("-", "", "Local", "disconnect")
            return
        for m in range(g.c([1, 1, 1, 2])):
            size = g.num(2000, 9_000_000)
            line("<", f"MAIL FROM:<{g.email()}> SIZE={size}{g.c(['', ' BODY=8BITMIME', ' BODY=8BITMIME SMTPUTF8'])}", "", "c_mail_from")
            line("*", f"{sid};{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z;{m + 1}", "receiving message", "receiving_message")
            line(">", "250 2.1.0 Sender OK", "", "r250_sender")
            for r in g.r.sample(rcpts, g.num(1, 3)):
                line("<", f"RCPT TO:<{r}>", "", "c_rcpt_to")
                line(">", "250 2.1.5 Recipient OK", "", "r250_recipient")
            if g.r.random() < 0.6:
                line("<", f"BDAT {size} LAST", "", "c_bdat_last")
            else:
                line("<", "DATA", "", "c_data")
                line(">", "354 Start mail input; end with <CRLF>.<CRLF>", "", "r354")
            L.tick(0.5)
            if g.r.random() < 0.05:
                line(">", "451 4.7.0 Temporary server error. Please try again later. PRX2 ", "", "r451_prx")
            else:
                line(">", f"250 2.6.0 <{g.alnum(20)}@{helo}> [InternalId={g.num(10 ** 13, 10 ** 14)}, Hostname={fqdn}] {size + g.num(100, 3000)} bytes in {g.f(0.01, 3, 3)}, {g.f(10, 9000, 3)} KB/sec Queued mail for delivery", "", "r250_queued")
        line("<", "QUIT", "", "c_quit")
        line(">", "221 2.0.0 Closing connection.", "", "r221")
        line("-", "", "Local", "disconnect")

    def timeout():
        if st["hour"] != L.t.hour:
            st["hour"] = L.t.hour
            header()
        sid = "08DD" + g.HX(12)
        remote = f"{g.c(spammers)}:{g.port()}"
        t = L.t
        conn = f"{server}\\Default Frontend {server}"
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},0,{local}:25,{remote},+,,", "connect")
        L.tick(0.01)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},1,{local}:25,{remote},*,SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders,Set Session Permissions", "set_permissions")
        L.tick(0.01)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},2,{local}:25,{remote},>,\"220 {fqdn} Microsoft ESMTP MAIL Service ready at {t:%a, %-d %b %Y %H:%M:%S} +0000\",", "r220_banner")
        L.tick(300)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},3,{local}:25,{remote},>,421 4.4.1 Connection timed out,", "r421_timeout")
        L.tick(0.01)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},4,{local}:25,{remote},-,,Local", "disconnect")

    ev = [(60, lambda: session("mail")), (30, lambda: session("spam")), (4, timeout)]
    return L.run(slowed(L, ev, 6), None)

# 5 ---------------------------------------------------------------- Bitcoin Core 28.0 ~/.bitcoin/debug.log (debug=net, debug=mempool, debug=cmpctblock; no -logips)
def log_bitcoin(seed):
    L = Log("bitcoin_core_debug", seed, "full", False, True)
    g = L.g
    st = {"height": g.num(873_000, 874_000), "peer": g.num(40, 200), "tx": g.num(1_120_000_000, 1_130_000_000), "pool": g.num(30000, 60000), "blk": g.num(4500, 4600)}
    peers = []

    def emit(msg, ev, cat=None):
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}Z {'[' + cat + '] ' if cat else ''}{msg}", ev, None, cat)

    def h():
        return "00000000000000000" + g.hx(47)

    def txid():
        return g.hx(64)

    def new_peer():
        st["peer"] += 1
        p = st["peer"]
        peers.append(p)
        if len(peers) > 14:
            peers.pop(0)
        return p

    def startup():
        emit("Bitcoin Core version v28.0.0 (release build)", "version")
        emit("Using the 'x86_shani(1way,2way)' SHA256 implementation", "sha256_impl")
        emit("Using data directory /home/btc/.bitcoin", "datadir")
        emit("Config file: /home/btc/.bitcoin/bitcoin.conf", "config_file")
        for k, v in [("dbcache", "450"), ("debug", "net"), ("debug", "mempool"), ("debug", "cmpctblock"), ("maxmempool", "300"), ("server", "1"), ("txindex", "1")]:
            emit(f"Config file arg: {k}=\"{v}\"", "config_arg")
        emit("Using at most 125 automatic connections (524288 file descriptors available)", "max_connections")
        emit("Script verification uses 3 additional threads", "script_threads")
        emit("scheduler thread start", "thread_start")
        emit("Binding RPC on address ::1 port 8332", "rpc_bind")
        emit("Binding RPC on address 127.0.0.1 port 8332", "rpc_bind")
        emit("Generated RPC authentication cookie /home/btc/.bitcoin/.cookie", "cookie_generated")
        emit("Starting HTTP server with 4 worker threads", "http_server")
        emit("init message: Loading block index…", "init_message")
        emit("Assuming ancestors of block 000000000000000000011c5890365bdbe5d25b97ce0057589acaef4f1a57263f have valid signatures.", "assume_valid")
        emit("Opening LevelDB in /home/btc/.bitcoin/blocks/index", "leveldb_open")
        emit("Opened LevelDB successfully", "leveldb_opened")
        emit("Using obfuscation key for /home/btc/.bitcoin/blocks/index: 0000000000000000", "obfuscation_key")
        emit("Cache configuration:", "cache_config")
        emit("* Using 2.0 MiB for block index database", "cache_block_index")
        emit("* Using 56.0 MiB for transaction index database", "cache_tx_index")
        emit("* Using 8.0 MiB for chain state database", "cache_chainstate")
        emit("* Using 384.0 MiB for in-memory UTXO set (plus up to 286.1 MiB of unused mempool space)", "cache_utxo")
        L.tick(6)
        emit(f"Loading block index db: last block file = {st['blk']}", "last_block_file")
        emit(f"Loading block index db: last block file info: CBlockFileInfo(blocks={g.num(20, 120)}, size={g.num(10 ** 7, 130_000_000)}, heights={st['height'] - 80}...{st['height']}, time={L.t:%Y-%m-%d}...{L.t:%Y-%m-%d})", "last_block_file_info")
        emit("Initializing chainstate Chainstate [ibd] @ height -1 (null)", "init_chainstate")
        emit("Opening LevelDB in /home/btc/.bitcoin/chainstate", "leveldb_open")
        emit("Opened LevelDB successfully", "leveldb_opened")
        emit(f"Using obfuscation key for /home/btc/.bitcoin/chainstate: {g.hx(16)}", "obfuscation_key")
        L.tick(3)
        emit(f"Loaded best chain: hashBestChain={h()} height={st['height']} date={L.t - dt.timedelta(minutes=g.num(5, 300)):%Y-%m-%dT%H:%M:%SZ} progress=0.{g.num(999990, 999999)}", "loaded_best_chain")
        emit("Verifying last 6 blocks at level 3", "verifying_blocks")
        for pct in [0, 16, 33, 50, 66, 83, 99]:
            emit(f"Verification progress: {pct}%", "verify_progress")
        emit(f"Verification: No coin database inconsistencies in last 6 blocks ({g.num(15000, 30000)} transactions)", "verify_done")
        emit("init message: Loading P2P addresses…", "init_message")
        emit(f"Loaded {g.num(60000, 70000)} addresses from peers.dat  {g.num(200, 600)}ms", "peers_loaded")
        emit("Loaded 2 addresses from \"anchors.dat\"", "anchors_loaded")
        emit("init message: Starting network threads…", "init_message")
        for th in ["net", "dnsseed", "addcon", "opencon", "msghand"]:
            emit(f"{th} thread start", "thread_start")
        emit("init message: Done loading", "init_message")
        L.tick(4)
        emit(f"Imported mempool transactions from disk: {g.num(20000, 60000)} succeeded, {g.num(0, 90)} failed, {g.num(0, 900)} expired, 0 already there, 0 waiting for initial broadcast", "mempool_imported")
        emit("loadblk thread exit", "thread_exit")
        emit("Leaving InitialBlockDownload (latching to false)", "leaving_ibd")

    MSGS_IN = ["inv", "inv", "inv", "tx", "tx", "getdata", "ping", "pong", "addrv2", "feefilter", "headers", "sendcmpct", "notfound"]

    def recv():
        if not peers:
            new_peer()
        m = g.c(MSGS_IN)
        emit(f"received: {m} ({g.num(1, 40) * 37 if m in ('inv', 'getdata', 'notfound') else g.num(8, 9000)} bytes) peer={g.c(peers)}", "received", "net")

    def send():
        if not peers:
            new_peer()
        m = g.c(["inv", "inv", "tx", "getdata", "ping", "pong", "feefilter", "addrv2"])
        emit(f"sending {m} ({g.num(1, 40) * 37 if m in ('inv', 'getdata') else g.num(8, 9000)} bytes) peer={g.c(peers)}", "sending", "net")

    def got_inv():
        if not peers:
            new_peer()
        emit(f"got inv: {g.c(['wtx', 'wtx', 'tx'])} {txid()}  {g.c(['new', 'new', 'have'])} peer={g.c(peers)}", "got_inv", "net")

    def getdata():
        if not peers:
            new_peer()
        emit(f"received getdata for: wtx {txid()} peer={g.c(peers)}", "received_getdata", "net")

    def accepted():
        if not peers:
            new_peer()
        st["pool"] += g.num(-5, 8)
        emit(f"AcceptToMemoryPool: peer={g.c(peers)}: accepted {txid()} (wtxid={txid()}) (poolsz {st['pool']} txn, {st['pool'] * 5 + g.num(0, 3000)} kB)", "atmp_accepted", "mempool")

    def rejected():
        if not peers:
            new_peer()
        why = g.c([f"mempool min fee not met, {g.num(100, 300)} < {g.num(301, 900)}", "txn-mempool-conflict", "insufficient fee, rejecting replacement " + txid() + ", not enough additional fees to relay; 0.00 < 0.00000141",
                   f"too-long-mempool-chain, too many descendants for tx {txid()} [limit: 25]", "bad-txns-inputs-missingorspent", "min relay fee not met, 110 < 141"])
        emit(f"{txid()} (wtxid={txid()}) from peer={g.c(peers)} was not accepted: {why}", "tx_not_accepted", "mempool")

    def connect():
        p = new_peer()
        emit(f"trying {g.c(['v2', 'v2', 'v1'])} connection  lastseen={g.f(0.1, 900, 1)}hrs", "trying_connection", "net")
        emit(f"Added connection peer={p}", "added_connection", "net")
        emit(f"sending version (103 bytes) peer={p}", "sending", "net")
        emit(f"send version message: version 70016, blocks={st['height']}, txrelay=1, peer={p}", "send_version", "net")
        if g.r.random() < 0.2:
            emit(f"socket closed for peer={p}", "socket_closed", "net")
            emit(f"disconnecting peer={p}", "disconnecting", "net")
            emit(f"Cleared nodestate for peer={p}", "cleared_nodestate", "net")
            peers.remove(p)
            return
        emit(f"received: version (102 bytes) peer={p}", "received", "net")
        emit(f"receive version message: /Satoshi:{g.c(['27.1.0', '28.0.0', '26.0.0', '25.1.0'])}/: version 70016, blocks={st['height']}, us=[::]:0, txrelay={g.c([0, 1, 1])}, peer={p}", "receive_version", "net")
        if g.r.random() < 0.15:
            emit(f"peer={p} does not offer the expected services ({g.c(['00000409', '00000400', '00000008'])} offered, 00000c09 expected); disconnecting", "missing_services", "net")
            emit(f"Cleared nodestate for peer={p}", "cleared_nodestate", "net")
            peers.remove(p)
            return
        emit(f"received: verack (0 bytes) peer={p}", "received", "net")
        if g.r.random() < 0.3:
            emit(f"feeler connection completed peer={p}; disconnecting", "feeler_done", "net")
            emit(f"Cleared nodestate for peer={p}", "cleared_nodestate", "net")
            peers.remove(p)
            return
        emit(f"New {g.c(['outbound-full-relay', 'outbound-full-relay', 'block-relay-only'])} {g.c(['v2', 'v1'])} peer connected: version: 70016, blocks={st['height']}, peer={p}", "peer_connected")

    def inbound():
        p = new_peer()
        emit(f"Added connection peer={p}", "added_connection", "net")
        emit(f"received: version (102 bytes) peer={p}", "received", "net")
        emit(f"receive version message: /{g.c(['Satoshi:27.0.0', 'Satoshi:26.1.0', 'btcwire:0.5.0/btcd:0.24.0', 'bitnodes.io:0.3'])}/: version 70016, blocks={st['height']}, us=[::]:0, txrelay=1, peer={p}", "receive_version", "net")
        emit(f"send version message: version 70016, blocks={st['height']}, txrelay=1, peer={p}", "send_version", "net")

    def drop():
        if len(peers) < 3:
            return
        p = g.c(peers)
        why = g.r.random()
        if why < 0.5:
            emit(f"socket closed for peer={p}", "socket_closed", "net")
        elif why < 0.75:
            emit(f"socket recv error for peer={p}: Connection reset by peer (104)", "socket_recv_error", "net")
        elif why < 0.9:
            emit(f"Timeout downloading block {h()}, disconnecting peer={p}", "block_timeout", "net")
        else:
            emit(f"Misbehaving: peer={p}: {g.c(['header with invalid proof of work', 'non-continuous headers sequence', 'invalid header received'])}", "misbehaving", "net")
        emit(f"disconnecting peer={p}", "disconnecting", "net")
        emit(f"Cleared nodestate for peer={p}", "cleared_nodestate", "net")
        peers.remove(p)

    def block():
        if not peers:
            new_peer()
        st["height"] += 1
        bh = h()
        p = g.c(peers)
        emit(f"Saw new cmpctblock header hash={bh} peer={p}", "saw_cmpct_header")
        emit(f"Initialized PartiallyDownloadedBlock for block {bh} using a cmpctblock of size {g.num(9000, 30000)}", "pdb_init", "cmpctblock")
        n = g.num(1500, 5000)
        if g.r.random() < 0.4:
            emit(f"sending getblocktxn ({g.num(40, 400)} bytes) peer={p}", "sending", "net")
            emit(f"received: blocktxn ({g.num(400, 90000)} bytes) peer={p}", "received", "net")
        emit(f"Successfully reconstructed block {bh} with 1 txn prefilled, {n} txn from mempool (incl at least {g.num(0, 9)} from extra pool) and {g.num(0, 40)} txn requested", "reconstructed", "cmpctblock")
        st["tx"] += n
        emit(f"UpdateTip: new best={bh} height={st['height']} version=0x{g.c(['20000000', '2000e000', '3fff0000', '20a00000'])} log2_work={g.f(95.3, 95.4, 6)} tx={st['tx']} date='{L.t - dt.timedelta(seconds=g.num(5, 90)):%Y-%m-%dT%H:%M:%SZ}' progress=1.000000 cache={g.f(50, 400, 1)}MiB({g.num(300000, 2900000)}txo)", "update_tip")
        for q in g.r.sample(peers, min(len(peers), g.num(2, 5))):
            emit(f"PeerManager::NewPoWValidBlock sending header-and-ids {bh} to peer={q}", "newpow_sending", "net")
            emit(f"sending cmpctblock ({g.num(9000, 30000)} bytes) peer={q}", "sending", "net")
        if g.r.random() < 0.3:
            emit(f"Pre-allocating up to position 0x{g.c(['1000000', '2000000', '3000000', '4000000', '5000000', '6000000', '7000000', '8000000'])} in blk{st['blk']:05d}.dat", "prealloc")
        if g.r.random() < 0.2:
            emit(f"Pre-allocating up to position 0x{g.c(['100000', '200000', '300000', '400000'])} in rev{st['blk']:05d}.dat", "prealloc")
        if g.r.random() < 0.1:
            st["blk"] += 1
            emit(f"Leaving block file {st['blk'] - 1}: CBlockFileInfo(blocks={g.num(60, 130)}, size={g.num(130_000_000, 134_000_000)}, heights={st['height'] - 90}...{st['height'] - 1}, time={L.t:%Y-%m-%d}...{L.t:%Y-%m-%d}) (onto {st['blk']}) (height {st['height']})", "leaving_block_file")

    def stale():
        emit(f"Potential stale tip detected, will try using extra outbound peer (last tip update: {g.num(1800, 4000)} seconds ago)", "stale_tip")

    def flush_addr():
        emit(f"Flushed {g.num(60000, 70000)} addresses to peers.dat  {g.num(150, 400)}ms", "flushed_addresses", "net")

    def fee():
        emit("Flushed fee estimates to fee_estimates.dat.", "flushed_fees")

    startup()
    ev = [(30, recv), (22, send), (9, got_inv), (6, getdata), (12, accepted), (3, rejected), (2.2, connect), (1.2, inbound), (2.5, drop), (0.4, block), (0.1, stale),
          (0.15, flush_addr), (0.08, fee)]
    return L.run(ev, None)


# 6 ---------------------------------------------------------------- Unbound 1.19 recursive resolver (logfile, log-queries, log-servfail, log-local-actions, statistics-interval: 600)
def log_unbound(seed):
    L = Log("unbound_resolver", seed, "full", True, True)
    g = L.g
    pid = g.num(600, 2000)
    clients = [f"192.168.1.{g.num(2, 250)}" for _ in range(18)] + ["127.0.0.1", "::1"]
    names = ["www.google.com.", "api.github.com.", "outlook.office365.com.", "time.cloudflare.com.", "ntp.ubuntu.com.", "connectivity-check.ubuntu.com.", "www.example.com.", "cdn.jsdelivr.net.",
             "s3.eu-west-1.amazonaws.com.", "registry-1.docker.io.", "auth.docker.io.", "pypi.org.", "files.pythonhosted.org.", "mail.contoso.com.", "_dmarc.contoso.com.", "slack.com.",
             "wss-primary.slack.com.", "1.168.192.in-addr.arpa.", "23.1.168.192.in-addr.arpa.", "teams.microsoft.com.", "update.googleapis.com.", "ocsp.digicert.com."]
    blocked = ["doubleclick.net.", "ads.example.", "tracker.example.", "telemetry.example.com."]
    st = {"q": [0] * 4, "cache": [0] * 4, "stat_at": L.t}

    def emit(lv, msg, ev, th=0):
        L.emit(f"[{int(L.t.timestamp())}] unbound[{pid}:{th}] {lv}: {msg}", ev, lv, "unbound")

    def startup():
        emit("warning", "so-rcvbuf 4194304 was not granted. Got 425984. To fix: start with root permissions(linux) or sysctl bigger net.core.rmem_max(linux) or kern.ipc.maxsockbuf(bsd) values.", "rcvbuf_not_granted")
        for i, m in enumerate(["subnetcache", "validator", "iterator"]):
            emit("notice", f"init module {i}: {m}", "init_module")
        emit("info", "start of service (unbound 1.19.3).", "start_of_service")

    def query():
        th = g.num(0, 3)
        st["q"][th] += 1
        if g.r.random() < 0.45:
            st["cache"][th] += 1
        n = g.c(names)
        typ = g.c(["A", "A", "AAAA", "AAAA", "HTTPS", "PTR" if "arpa" in n else "A", "TXT" if n.startswith("_") else "A", "MX" if "contoso" in n else "A"])
        if "arpa" in n:
            typ = "PTR"
        emit("info", f"{g.c(clients)} {n} {typ} IN", "query", th)
        if g.r.random() < 0.03:
            servfail(th, n, typ)

    def local_action():
        b = g.c(blocked)
        c = g.c(clients)
        emit("info", f"{b} always_nxdomain {c}@{g.port()} {g.c(['', 'www.', 'stats.', 'pixel.', 'securepubads.g.'])}{b} {g.c(['A', 'AAAA', 'HTTPS'])} IN", "local_action", g.num(0, 3))

    def servfail(th=None, n=None, typ="A"):
        n = n or g.c(["dnssec-failed.org.", "brokendns.example.net.", "lame.example.org."])
        why = g.c(["all the configured stub or forward servers failed, at zone . no server to query no addresses for nameservers",
                   "exceeded the maximum nameserver nxdomains", f"validation failure <{n} {typ} IN>: no keys have a DS with algorithm RSASHA256 from 69.252.80.75 for key {n} while building chain of trust",
                   "misc failure"])
        emit("error", f"SERVFAIL <{n} {typ} IN>: {why}", "servfail", th if th is not None else g.num(0, 3))

    def validation():
        n = g.c(["dnssec-failed.org.", "rhybar.cz.", "badsig.example.org."])
        emit("info", f"validation failure <{n} A IN>: {g.c(['signature crypto failed', 'no signatures', 'no keys have a DS with algorithm RSASHA256'])} from {g.c(['69.252.80.75', '193.29.206.206', '192.0.2.53'])} for key {n} while building chain of trust", "validation_failure", g.num(0, 3))

    def v6():
        emit("notice", "sendto failed: Network is unreachable", "sendto_failed", g.num(0, 3))
        emit("notice", f"remote address is {g.c(['2001:500:2::c', '2001:7fd::1', '2001:503:ba3e::2:30', '2620:4f:8000::53'])} port 53 (len 28)", "remote_address", g.num(0, 3))

    def ratelimit():
        emit("notice", f"ratelimit exceeded {g.c(['example-cdn.net.', 'amazonaws.com.'])} 1000 query {g.c(names)} IN {g.c(['A', 'AAAA'])}", "ratelimit_exceeded", g.num(0, 3))

    def slip():
        emit("info", f"ip_ratelimit allowed through for ip address {g.c(clients)} because of slip", "ip_ratelimit_slip", g.num(0, 3))

    def keytag():
        emit("info", "generate keytag query _ta-4f66. NULL IN", "keytag_query")

    def autotrust():
        emit("error", f"could not open autotrust file for writing, /var/lib/unbound/root.key.{pid}-0-{g.hx(12)}: Permission denied", "autotrust_open_failed")

    def stats(stop=False):
        for th in range(4):
            q, c = st["q"][th], st["cache"][th]
            emit("info", f"server stats for thread {th}: {q} queries, {c} answers from cache, {q - c} recursions, {g.num(0, q // 20 + 1)} prefetch, 0 rejected by ip ratelimiting", "stats_queries", th)
            emit("info", f"server stats for thread {th}: requestlist max {g.num(2, 40)} avg {g.f(0.1, 6, 5)} exceeded 0 jostled 0", "stats_requestlist", th)
            emit("info", f"average recursion processing time {g.f(0.01, 0.4, 6)} sec", "stats_avg", th)
            emit("info", "histogram of recursion processing times", "stats_histogram", th)
            emit("info", f"[25%]={g.f(0.001, 0.01, 6).rstrip('0')} median[50%]={g.f(0.01, 0.05, 6).rstrip('0')} [75%]={g.f(0.05, 0.3, 6).rstrip('0')}", "stats_quartiles", th)
            emit("info", "lower(secs) upper(secs) recursions", "stats_histo_head", th)
            lo = 0.0
            for k in range(g.num(6, 12)):
                hi = 0.000001 if lo == 0 else lo * 2
                if k > 0:
                    emit("info", f"   {lo:.6f}    {hi:.6f} {g.num(1, 400)}", "stats_histo_row", th)
                lo = hi if lo else 0.000256
            st["q"][th] = st["cache"][th] = 0

    def maybe_stats():
        if (L.t - st["stat_at"]).total_seconds() >= 600:
            st["stat_at"] = L.t
            stats()

    def reload():
        emit("info", "service stopped (unbound 1.19.3).", "service_stopped")
        stats(True)
        emit("notice", "Restart of unbound 1.19.3.", "restart")
        for i, m in enumerate(["subnetcache", "validator", "iterator"]):
            emit("notice", f"init module {i}: {m}", "init_module")
        emit("info", "start of service (unbound 1.19.3).", "start_of_service")

    def wrap(fn):
        def f():
            maybe_stats()
            fn()
        return f

    startup()
    ev = [(70, query), (9, local_action), (1.2, servfail), (1.2, validation), (2, v6), (0.4, ratelimit), (0.5, slip), (0.15, keytag), (0.1, autotrust), (0.03, reload)]
    return L.run([(w, wrap(fn)) for w, fn in ev], None)


# 7 ---------------------------------------------------------------- Apache HBase 2.5 RegionServer log (hbase-hbase-regionserver-rs3.log, log4j2 "%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n")
def log_hbase(seed):
    L = Log("hbase_regionserver", seed, "full", True, True)
    g = L.g
    rs = "rs3.hadoop.example.com"
    start = int(L.t.timestamp() * 1000) - g.num(10 ** 8, 10 ** 9)
    server = f"{rs},16020,{start}"
    nn = "hdfs://nn1.hadoop.example.com:8020"
    tables = ["usertable", "events", "metrics:raw", "metrics:rollup_1h", "orders"]
    regions = [(g.c(tables), g.hx(32), g.c(["", "user1", "user4", "user7", "2026-11", "a", "m"])) for _ in range(12)]
    st = {"seq": g.num(10 ** 6, 10 ** 7), "wal": int(L.t.timestamp() * 1000)}
    dns = [f"10.0.1.{g.num(20, 40)}" for _ in range(4)]

    def emit(lv, thread, logger, msg, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lv:<5} [{thread}] {logger}: {msg}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def rname(r):
        tbl, enc, sk = r
        return f"{tbl},{sk},{start - g.num(10 ** 6, 10 ** 8)}.{enc}."

    def tbldir(r):
        tbl = r[0]
        ns, name = (tbl.split(":") + [None])[:2] if ":" in tbl else ("default", tbl)
        return f"{nn}/hbase/data/{ns}/{name}"

    def handler():
        return f"RpcServer.default.FPBQ.Fifo.handler={g.num(0, 29)},queue={g.num(0, 2)},port=16020"

    def flush():
        r = g.c(regions)
        th = f"MemStoreFlusher.{g.num(0, 1)}"
        size = g.f(8, 128, 2)
        st["seq"] += g.num(1000, 90000)
        emit("INFO", th, "regionserver.HRegion", f"Flushing {r[1]} 1/1 column families, dataSize={size} MB heapSize={float(size) * 2.1:.2f} MB", "flushing")
        L.tick(0.3)
        fid = g.hx(32)
        emit("INFO", th, "regionserver.DefaultStoreFlusher", f"Flushed memstore data size={size} MB at sequenceid={st['seq']} (bloomFilter=true), to={tbldir(r)}/{r[1]}/.tmp/cf/{fid}", "flushed_memstore")
        emit("INFO", th, "regionserver.HStore", f"Added {tbldir(r)}/{r[1]}/cf/{fid}, entries={g.num(1000, 900000)}, sequenceid={st['seq']}, filesize={g.f(1, 60, 1)} M", "store_added")
        emit("INFO", th, "regionserver.HRegion", f"Finished flush of dataSize ~{size} MB/{int(float(size) * 1048576)}, heapSize ~{float(size) * 2.1:.2f} MB/{int(float(size) * 2.1 * 1048576)}, currentSize={g.f(0, 2, 2)} MB/{g.num(0, 2000000)} for {r[1]} in {g.num(40, 3000)}ms, sequenceid={st['seq']}, compaction requested={g.c(['true', 'false', 'false'])}", "flush_finished")

    def periodic_flush():
        r = g.c(regions)
        emit("INFO", f"regionserver/{rs}:16020.Chore.1", "regionserver.HRegionServer", f"MemstoreFlusherChore requesting flush of {rname(r)} because cf has an old edit so flush to free WALs after random delay {g.num(1000, 300000)} ms", "chore_flush_request")

    def compact():
        r = g.c(regions)
        kind = g.c(["shortCompactions", "shortCompactions", "longCompactions"])
        th = f"regionserver/{rs}:16020-{kind}-0"
        n = g.num(3, 10)
        files = ", ".join(f"{tbldir(r)}/{r[1]}/cf/{g.hx(32)}" for _ in range(min(n, 3)))
        emit("INFO", th, "regionserver.HRegion", f"Starting compaction of cf in {rname(r)}", "compaction_starting_region")
        emit("INFO", th, "regionserver.HStore", f"Starting compaction of [{files}{', ...' if n > 3 else ''}] into tmpdir={tbldir(r)}/{r[1]}/.tmp, totalSize={g.f(10, 900, 1)} M", "compaction_starting")
        L.tick(4)
        mb = g.f(5, 80, 2)
        emit("INFO", th, "throttle.PressureAwareThroughputController", f"{r[1]}#cf#compaction#{g.num(1, 900)} average throughput is {mb} MB/second, slept {g.num(0, 40)} time(s) and total slept time is {g.num(0, 9000)} ms. {g.num(0, 2)} active operations remaining, total limit is 50.00 MB/second", "compaction_throughput")
        emit("INFO", th, "regionserver.HStore", f"Completed {'major ' if kind == 'longCompactions' else ''}compaction of {n} {'(all) ' if g.r.random() < 0.5 else ''}file(s) in {r[1]}/cf of {r[1]} into {g.hx(32)}(size={g.f(5, 900, 1)} M), total size for store is {g.f(0.1, 20, 1)} G. This selection was in queue for {g.num(0, 30)}sec, and took {g.num(1, 120)}sec to execute.", "compaction_completed")
        emit("INFO", th, "regionserver.CompactSplit", f"Completed compaction region={rname(r)}, storeName={r[1]}/cf, priority={g.num(-10, 20)}, startTime={int(L.t.timestamp() * 1000) - g.num(1000, 120000)}; duration={g.num(1, 120)}sec", "compactsplit_completed")

    def slow():
        h = handler()
        method = g.c(["Scan", "Multi", "Get"])
        emit("WARN", h, "ipc.RpcServer", f"(response{g.c(['TooSlow', 'TooSlow', 'TooLarge'])}): {{\"call\":\"{method}(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos${method}Request)\",\"multi.gets\":0,\"starttimems\":\"{int(L.t.timestamp() * 1000) - g.num(10000, 90000)}\",\"responsesize\":\"{g.num(100, 90000000)}\",\"method\":\"{method}\",\"param\":\"region= {rname(g.c(regions))}, for {g.num(1, 500)} action(s) and 1st row key={g.alnum(10)}\",\"processingtimems\":{g.num(10000, 90000)},\"client\":\"10.0.2.{g.num(2, 90)}:{g.port()}\",\"queuetimems\":{g.num(0, 900)},\"multi.servicecalls\":0,\"class\":\"HRegionServer\",\"multi.mutations\":{g.num(0, 500)}}}", "response_too_slow")

    def roll():
        old = st["wal"]
        st["wal"] = int(L.t.timestamp() * 1000)
        th = f"regionserver/{rs}:16020.logRoller"
        base = f"/hbase/WALs/{server}/{rs}%2C16020%2C{start}"
        emit("INFO", th, "wal.AbstractFSWAL", f"Rolled WAL {base}.{old} with entries={g.num(1000, 90000)}, filesize={g.f(20, 256, 2)} MB; new WAL {base}.{st['wal']}", "wal_rolled")
        if g.r.random() < 0.6:
            emit("INFO", th, "wal.AbstractFSWAL", f"Archiving {nn}{base}.{old - g.num(10 ** 6, 10 ** 7)} to {nn}/hbase/oldWALs/{rs}%2C16020%2C{start}.{old - g.num(10 ** 6, 10 ** 7)}", "wal_archiving")

    def cache_stats():
        emit("INFO", "LruBlockCacheStatsExecutor", "hfile.LruBlockCache", f"totalSize=2.39 GB, usedSize={g.f(1.2, 2.3, 2)} GB, freeSize={g.f(10, 900, 2)} MB, max=2.39 GB, blockCount={g.num(10000, 40000)}, accesses={g.num(10 ** 7, 10 ** 9)}, hits={g.num(10 ** 7, 10 ** 9)}, hitRatio={g.f(80, 99.9, 2)}%, , cachingAccesses={g.num(10 ** 7, 10 ** 9)}, cachingHits={g.num(10 ** 7, 10 ** 9)}, cachingHitsRatio={g.f(80, 99.9, 2)}%, evictions={g.num(1000, 90000)}, evicted={g.num(10 ** 5, 10 ** 7)}, evictedPerRun={g.f(1, 500, 2)}", "lru_stats")
        emit("INFO", "BucketCacheStatsExecutor", "bucket.BucketCache", f"failedBlockAdditions=0, totalSize=8.00 GB, freeSize={g.f(0.5, 7, 2)} GB, usedSize={g.f(1, 7.5, 2)} GB, cacheSize={g.f(1, 7.5, 2)} GB, accesses={g.num(10 ** 7, 10 ** 9)}, hits={g.num(10 ** 7, 10 ** 9)}, IOhitsPerSecond={g.num(0, 4000)}, IOTimePerHit={g.f(0.01, 0.9, 2)}, hitRatio={g.f(60, 99.9, 2)}%, cachingAccesses={g.num(10 ** 7, 10 ** 9)}, cachingHits={g.num(10 ** 7, 10 ** 9)}, cachingHitsRatio={g.f(60, 99.9, 2)}%, evictions={g.num(0, 900)}, evicted={g.num(0, 90000)}, evictedPerRun={g.f(0, 500, 2)}", "bucket_stats")

    def too_busy():
        r = g.c(regions)
        lg = "regionserver.HRegion"
        emit("WARN", handler(), lg, "Region is too busy due to exceeding memstore size limit.", "region_too_busy")
        cont(f"org.apache.hadoop.hbase.RegionTooBusyException: Over memstore limit=512.0 M, regionName={r[1]}, server={server}", "exc_region_too_busy", "WARN", lg)
        for fr in ["org.apache.hadoop.hbase.regionserver.HRegion.checkResources(HRegion.java:5004)", "org.apache.hadoop.hbase.regionserver.HRegion.lambda$batchMutate$8(HRegion.java:4590)",
                   "org.apache.hadoop.hbase.trace.TraceUtil.trace(TraceUtil.java:216)", "org.apache.hadoop.hbase.regionserver.HRegion.batchMutate(HRegion.java:4587)",
                   "org.apache.hadoop.hbase.regionserver.RSRpcServices.doBatchOp(RSRpcServices.java:1034)", "org.apache.hadoop.hbase.regionserver.RSRpcServices.doNonAtomicBatchOp(RSRpcServices.java:954)",
                   "org.apache.hadoop.hbase.regionserver.RSRpcServices.doNonAtomicRegionMutation(RSRpcServices.java:917)", "org.apache.hadoop.hbase.regionserver.RSRpcServices.multi(RSRpcServices.java:2891)",
                   "org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos$ClientService$2.callBlockingMethod(ClientProtos.java:45008)",
                   "org.apache.hadoop.hbase.ipc.RpcServer.call(RpcServer.java:415)", "org.apache.hadoop.hbase.ipc.CallRunner.run(CallRunner.java:124)",
                   "org.apache.hadoop.hbase.ipc.RpcHandler.run(RpcHandler.java:102)", "org.apache.hadoop.hbase.ipc.RpcHandler.run(RpcHandler.java:82)"]:
            cont(f"\tat {fr}", "java_frame", "WARN", lg)

    def pause():
        ms = g.num(1100, 9000)
        emit("WARN", "JvmPauseMonitor", "util.JvmPauseMonitor", f"Detected pause in JVM or host machine (eg GC): pause of approximately {ms}ms", "jvm_pause")
        cont(f"GC pool 'G1 Young Generation' had collection(s): count=1 time={ms + g.num(-100, 100)}ms", "jvm_pause_gc_pool", "WARN", "util.JvmPauseMonitor")
        if g.r.random() < 0.3:
            cont(f"GC pool 'G1 Old Generation' had collection(s): count=1 time={g.num(100, 4000)}ms", "jvm_pause_gc_pool", "WARN", "util.JvmPauseMonitor")

    def dn_bad():
        dn = g.c(dns)
        blk = f"BP-{g.num(10 ** 8, 10 ** 9)}-10.0.1.5-{start - 10 ** 9}:blk_{g.num(1073741825, 1080000000)}_{g.num(1000, 900000)}"
        lg = "hdfs.DataStreamer"
        emit("WARN", f"ResponseProcessor for block {blk}", lg, f"Exception for {blk}", "datastreamer_exception")
        cont(f"java.io.IOException: Bad response ERROR for {blk} from datanode DatanodeInfoWithStorage[{dn}:9866,DS-{g.uuid()},DISK]", "exc_bad_response", "WARN", lg)
        cont("\tat org.apache.hadoop.hdfs.DataStreamer$ResponseProcessor.run(DataStreamer.java:1203)", "java_frame", "WARN", lg)
        pipeline = ", ".join(f"DatanodeInfoWithStorage[{d}:9866,DS-{g.uuid()},DISK]" for d in g.r.sample(dns, 3))
        emit("WARN", f"DataStreamer for file /hbase/WALs/{server}/{rs}%2C16020%2C{start}.{st['wal']} block {blk}", lg,
             f"Error Recovery for {blk} in pipeline [{pipeline}]: datanode {g.num(0, 2)}(DatanodeInfoWithStorage[{dn}:9866,DS-{g.uuid()},DISK]) is bad.", "error_recovery")

    def open_close():
        r = g.c(regions)
        if g.r.random() < 0.5:
            th = f"RS_CLOSE_REGION-regionserver/{rs}:16020-{g.num(0, 2)}"
            emit("INFO", th, "handler.UnassignRegionHandler", f"Close {r[1]}", "unassign_close")
            emit("INFO", th, "regionserver.HRegion", f"Closed {rname(r)}", "closed")
            emit("INFO", th, "handler.UnassignRegionHandler", f"Closed {r[1]}", "closed")
        else:
            th = f"RS_OPEN_REGION-regionserver/{rs}:16020-{g.num(0, 2)}"
            emit("INFO", th, "handler.AssignRegionHandler", f"Open {rname(r)}", "assign_open")
            emit("INFO", th, "regionserver.HRegion", f"Opened {r[1]}; next sequenceid={st['seq'] + 1}", "region_opened")
            emit("INFO", th, "handler.AssignRegionHandler", f"Opened {rname(r)}", "assign_opened")

    def scanner_expired():
        emit("INFO", "RegionServer.leaseChecker", "regionserver.RSRpcServices", f"Scanner={g.num(10 ** 17, 10 ** 18)} lease expired on region {rname(g.c(regions))}", "scanner_lease_expired")

    def unknown_scanner():
        lg = "regionserver.RSRpcServices"
        emit("WARN", handler(), lg, f"Client tried to access missing scanner {g.num(10 ** 17, 10 ** 18)}", "missing_scanner")

    ev = [(20, flush), (6, periodic_flush), (5, compact), (10, slow), (3, roll), (2.5, cache_stats), (0.6, too_busy), (1.2, pause), (0.4, dn_bad), (2, open_close), (4, scanner_expired), (3, unknown_scanner)]
    return L.run(ev, None)


# 8 ---------------------------------------------------------------- GitLab 17.6 Omnibus /var/log/gitlab/sidekiq/current (JSON lines; Sidekiq 7, structured job logging)
def log_gitlab_sidekiq(seed):
    L = Log("gitlab_sidekiq_json", seed, "full", True, False)
    g = L.g
    pid = g.num(2000, 9000)
    projects = ["platform/api", "platform/web", "infra/terraform", "data/etl", "mobile/ios-app", "docs/handbook"]
    users = ["alice", "bob", "carol", "dave", "erin", "ci-bot"]
    WORKERS = [("PostReceive", "default", "source_code_management", "POST /api/:version/internal/post_receive", True),
               ("ProcessCommitWorker", "default", "source_code_management", "PostReceive", True),
               ("PipelineProcessWorker", "pipeline_processing:pipeline_process", "continuous_integration", "POST /api/:version/jobs/:id/trace", True),
               ("Ci::BuildFinishedWorker", "pipeline_processing:build_finished", "continuous_integration", "PUT /api/:version/jobs/:id", True),
               ("BuildQueueWorker", "pipeline_processing:build_queue", "continuous_integration", "Ci::BuildFinishedWorker", True),
               ("MergeRequests::UpdateHeadPipelineWorker", "default", "code_review_workflow", "PipelineProcessWorker", True),
               ("WebHookWorker", "default", "webhooks", "PostReceive", True),
               ("ActionMailer::MailDeliveryJob", "mailers", "not_owned", "PipelineNotificationWorker", False),
               ("Ci::ArchiveTraceWorker", "pipeline_background:archive_trace", "continuous_integration", "Ci::BuildFinishedWorker", True),
               ("Namespaces::ProcessSyncEventsWorker", "default", "cell", "Projects::UpdateService", False),
               ("ExpireBuildArtifactsWorker", "cronjob:expire_build_artifacts", "job_artifacts", None, False),
               ("Ci::ScheduleDeleteObjectsCronWorker", "cronjob:ci_schedule_delete_objects_cron", "continuous_integration", None, False)]
    running = {}

    def ts(t):
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"

    def out(d, ev):
        L.emit(json.dumps(d, separators=(",", ":")), ev, d["severity"])

    def base(sev):
        return {"severity": sev, "time": ts(L.t)}

    def job_fields(j):
        w, q, fc, caller, proj = j["w"]
        d = {"retry": 3, "queue": q, "backtrace": True if w == "PostReceive" else None, "version": 0, "queue_namespace": q.split(":")[0] if ":" in q else None,
             "args": j["args"], "class": w, "jid": j["jid"], "created_at": ts(j["created"]), "correlation_id": j["cid"]}
        if caller:
            d["meta.caller_id"] = caller
        d["meta.feature_category"] = fc
        if proj:
            d["meta.project"] = j["project"]
            d["meta.root_namespace"] = j["project"].split("/")[0]
            d["meta.client_id"] = f"user/{g.num(2, 90)}"
            d["meta.user"] = j["user"]
        d["worker_data_consistency"] = g.c(["always", "sticky", "delayed"])
        d["idempotency_key"] = f"resque:gitlab:duplicate:{q}:{g.hx(64)}" if g.r.random() < 0.5 else None
        d["enqueued_at"] = ts(j["enqueued"])
        return {k: v for k, v in d.items() if v is not None}

    def start():
        w = g.c(WORKERS)
        jid = g.hx(24)
        created = L.t - dt.timedelta(seconds=g.r.random() * 3)
        j = {"w": w, "jid": jid, "cid": "01J" + g.alnum(23, string.ascii_uppercase + string.digits), "created": created, "enqueued": created + dt.timedelta(milliseconds=g.num(1, 40)),
             "args": [str(g.num(1000, 9_999_999))] + ([g.c(["[FILTERED]", str(g.num(1, 90))])] if g.r.random() < 0.4 else []), "project": g.c(projects), "user": g.c(users), "t0": L.t}
        running[jid] = j
        d = base("INFO")
        d.update(job_fields(j))
        d.update({"pid": pid, "message": f"{w[0]} JID-{jid}: start", "job_status": "start", "scheduling_latency_s": round((L.t - j["enqueued"]).total_seconds(), 6), "job_size_bytes": g.num(2, 300)})
        out(d, "job_start")
        if g.r.random() < 0.08:
            d = base("INFO")
            d.update(job_fields(j))
            d.update({"pid": pid, "message": f"{w[0]} JID-{jid}: deduplicated: until executing", "job_status": "deduplicated", "deduplication.type": "dropped", "deduplication.options.strategy": "until_executing"})
            out(d, "job_deduplicated")

    def done():
        if not running:
            return start()
        jid = g.c(list(running))
        j = running.pop(jid)
        dur = max(0.001, (L.t - j["t0"]).total_seconds())
        fail = g.r.random() < 0.04
        d = base("WARN" if fail else "INFO")
        d.update(job_fields(j))
        d.update({"pid": pid, "message": f"{j['w'][0]} JID-{jid}: {'fail' if fail else 'done'}: {dur:.6f} sec", "job_status": "fail" if fail else "done",
                  "scheduling_latency_s": round(g.r.random() * 0.05, 6), "redis_calls": g.num(1, 90), "redis_duration_s": round(g.r.random() * 0.02, 6),
                  "redis_read_bytes": g.num(10, 9000), "redis_write_bytes": g.num(100, 90000), "db_count": g.num(0, 200), "db_write_count": g.num(0, 20),
                  "db_cached_count": g.num(0, 30), "db_duration_s": round(g.r.random() * dur, 3), "cpu_s": round(g.r.random() * dur, 6), "mem_objects": g.num(1000, 900000),
                  "mem_bytes": g.num(10 ** 5, 10 ** 8), "mem_mallocs": g.num(100, 90000), "worker_id": f"sidekiq_{g.num(0, 3)}", "duration_s": round(dur, 6),
                  "completed_at": ts(L.t), "db_duration_s_replica": None})
        d = {k: v for k, v in d.items() if v is not None}
        if fail:
            cls, msg = g.c([("ActiveRecord::StatementInvalid", "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout"), ("Gitlab::Git::CommandError", "14:failed to connect to all addresses. debug_error_string:{UNKNOWN:Error received from peer  {grpc_message:\"failed to connect to all addresses\", grpc_status:14}}"),
                              ("Net::ReadTimeout", "Net::ReadTimeout with #<TCPSocket:(closed)>"), ("Redis::TimeoutError", "Connection timed out")])
            d.update({"exception.class": cls, "exception.message": msg,
                      "exception.backtrace": [f"app/workers/{j['w'][0].split('::')[-1].lower()}.rb:{g.num(10, 90)}:in `perform'", "lib/gitlab/sidekiq_middleware/server_metrics.rb:109:in `block in call'",
                                              "lib/gitlab/sidekiq_middleware/server_metrics.rb:135:in `block in call'", "lib/gitlab/sidekiq_middleware/monitor.rb:10:in `block in call'",
                                              "lib/gitlab/sidekiq_middleware/size_limiter/server.rb:13:in `call'", "lib/gitlab/sidekiq_middleware/worker_context/server.rb:22:in `block in call'"],
                      "error_class": cls, "error_message": msg})
        out(d, "job_fail" if fail else "job_done")

    def lease():
        w = g.c(WORKERS[9:])
        d = base("INFO")
        d.update({"class": w[0], "correlation_id": "01J" + g.alnum(23, string.ascii_uppercase + string.digits), "meta.feature_category": w[2],
                  "message": "Cannot obtain an exclusive lease. There must be another instance already in execution.", "lease_key": f"{w[0].split('::')[-1].lower()}:{g.num(1, 9)}", "lease_timeout": 600})
        out(d, "exclusive_lease")

    def db_lb():
        host = g.c(["10.0.5.21", "10.0.5.22"])
        if g.r.random() < 0.5:
            d = base("WARN")
            d.update({"event": "host_offline", "message": "Host is offline after replica status check", "db_host": host, "db_port": 5432})
            out(d, "lb_host_offline")
        else:
            d = base("INFO")
            d.update({"event": "host_online", "message": "Host is online after replica status check", "db_host": host, "db_port": 5432})
            out(d, "lb_host_online")

    def rss():
        d = base("WARN")
        cur = g.num(2_000_000, 2_400_000)
        d.update({"pid": pid, "message": "Sidekiq worker RSS out of range", "current_rss": cur, "soft_limit_rss": 2_000_000, "hard_limit_rss": 9_223_372_036_854_775_807,
                  "memory_total_kb": 16_305_624, "reason": f"current_rss({cur}) > soft_limit_rss(2000000) longer than GRACE_BALLOON_SECONDS(900)",
                  "running_jobs": [{"jid": g.hx(24), "worker_class": g.c(WORKERS)[0]} for _ in range(g.num(1, 3))]})
        out(d, "rss_out_of_range")

    def redis_down():
        d = base("ERROR")
        d.update({"message": f"Error fetching job: {g.c(['Connection timed out', 'Error connecting to Redis on /var/opt/gitlab/redis/redis.socket (Errno::ECONNREFUSED)'])}", "pid": pid})
        out(d, "fetch_error")
        L.tick(g.num(2, 20))
        d = base("INFO")
        d.update({"message": f"Redis is online, {g.f(1, 30, 9)} sec downtime", "pid": pid})
        out(d, "redis_online")

    def boot():
        for m, ev in [("Booted Rails 7.0.8.6 application in production environment", "booted_rails"), ("Running in ruby 3.2.5 (2024-07-26 revision 31d0f1a2e7) [x86_64-linux]", "running_ruby"),
                      ("See LICENSE and the LGPL-3.0 for licensing details.", "license"), ("Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org", "upgrade_pro"),
                      ("Sidekiq 7.2.4 connecting to Redis with options {:size=>22, :pool_name=>\"internal\", :url=>\"unix:/var/opt/gitlab/redis/redis.socket\"}", "redis_connecting")]:
            d = base("INFO")
            d.update({"message": m, "pid": pid})
            out(d, ev)
        for name in ["stuck_ci_jobs_worker", "pipeline_schedule_worker", "expire_build_artifacts_worker", "ci_archive_traces_cron_worker", "repository_check_worker", "admin_email_worker",
                     "prune_old_events_worker", "stuck_import_jobs_worker", "gitlab_service_ping_worker", "ci_schedule_delete_objects_worker"]:
            d = base("INFO")
            d.update({"message": f"Cron Jobs - added job with name: {name}", "pid": pid})
            out(d, "cron_added")
        d = base("INFO")
        d.update({"message": "Starting processing, hit Ctrl-C to stop", "pid": pid, "tag": "gitlab", "concurrency": 20})
        out(d, "starting_processing")

    def restart():
        for m, ev in [("Shutting down", "shutting_down"), ("Terminating quiet threads for default capsule", "terminating_quiet"), ("Scheduler exiting...", "scheduler_exiting"),
                      ("Pausing to allow jobs to finish...", "pausing"), ("Bye!", "bye")]:
            d = base("INFO")
            d.update({"message": m, "pid": pid})
            out(d, ev)
            L.tick(0.4)
        running.clear()
        L.tick(20)
        boot()

    boot()
    ev = [(40, start), (38, done), (1.5, lease), (1, db_lb), (0.2, rss), (0.15, redis_down), (0.03, restart)]
    return L.run(ev, None)


# 9 ---------------------------------------------------------------- Synapse 1.120 (Matrix homeserver) homeserver.log, default log config ("%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s")
def log_synapse(seed):
    L = Log("synapse_homeserver", seed, "full", True, True)
    g = L.g
    users = [f"@{u}:example.org" for u in ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]]
    remotes = ["matrix.org", "mozilla.org", "kde.org", "gnome.org", "fosdem.org", "nixos.org", "tchncs.de", "envs.net"]
    dead = ["matrix.old-startup.example", "chat.defunct.example", "hs.gone.example"]
    proxy = ["10.0.0.2", "10.0.0.3"]
    st = {"req": g.num(100, 9000), "out": g.num(100, 9000), "loop": g.num(10, 900)}
    site = "/usr/local/lib/python3.12/site-packages"

    def emit(name, line, lv, req, msg, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} - {name} - {line} - {lv} - {req} - {msg}", ev, lv, name)

    def cont(text, ev, lv, name):
        L.emit(text, ev, lv, name)

    def reqid(method):
        st["req"] += 1
        return f"{method}-{st['req']}"

    CLIENT = [("GET", "/_matrix/client/v3/sync?timeout=30000&since=s{a}_{b}_0_{c}_{d}_1_{e}_0_0_0&filter=0", 200), ("GET", "/_matrix/client/v3/sync?timeout=30000&since=s{a}_{b}_0_{c}_{d}_1_{e}_0_0_0&filter=0", 200),
              ("PUT", "/_matrix/client/v3/rooms/!{r}:example.org/send/m.room.message/m{ms}.0", 200), ("GET", "/_matrix/client/v3/pushrules/", 200),
              ("POST", "/_matrix/client/v3/keys/query", 200), ("GET", "/_matrix/client/v3/rooms/!{r}:example.org/messages?dir=b&from=t{a}-{b}_0_0&limit=30", 200),
              ("PUT", "/_matrix/client/v3/rooms/!{r}:example.org/typing/{u}", 200), ("POST", "/_matrix/client/v3/rooms/!{r}:example.org/receipt/m.read/${ev}", 200),
              ("GET", "/_matrix/media/v3/thumbnail/example.org/{media}?width=96&height=96&method=crop", 200), ("GET", "/_matrix/client/v3/profile/{u}", 404)]
    UAS = ["Element/1.11.85 (iPhone15,2; iOS 18.1; Scale/3.00)", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.86 Chrome/130.0.6723.137 Electron/33.2.0 Safari/537.36",
           "Element/1.6.24 (Android 14; Pixel 8; ...)", "FluffyChat/1.22.1", "mautrix-telegram/0.15.2"]

    def access():
        method, path, code = g.c(CLIENT)
        u = g.c(users)
        p = path.format(a=g.num(10 ** 5, 10 ** 6), b=g.num(100, 9999), c=g.num(100, 9999), d=g.num(10, 999), e=g.num(10, 999), r=g.alnum(18, string.ascii_letters), ms=int(L.t.timestamp() * 1000),
                        u=u.replace("@", "%40").replace(":", "%3A"), ev=g.alnum(43, B62 + "_-"), media=g.alnum(24, string.ascii_letters))
        if "sync" in p:
            L.tick(g.c([0.1, 10, 30]))
        wall = g.r.random() * (30 if "sync" in p else 0.4)
        size = g.num(50, 90000) if code == 200 else g.num(40, 120)
        lost = g.r.random() < 0.03
        emit("synapse.access.http.8008", 473, "INFO", reqid(method),
             f"{g.c(proxy)} - 8008 - {{{u}}} Processed request: {wall:.3f}sec/{g.r.random() * 0.01:.3f}sec ({g.r.random() * 0.05:.3f}sec, {g.r.random() * 0.01:.3f}sec) ({g.r.random() * 0.02:.3f}sec/{g.r.random() * 0.05:.3f}sec/{g.num(0, 12)}) {size}B {code}{'!' if lost else ''} \"{method} {p} HTTP/1.1\" \"{g.c(UAS)}\" [{g.num(0, 9)} dbevts]",
             "access")

    def fed_in():
        r = g.c(remotes)
        txn = int(L.t.timestamp() * 1000) - g.num(0, 999)
        rid = reqid("PUT")
        emit("synapse.federation.transport.server.federation", 110, "INFO", rid, f"Received txn {txn} from {r}. (PDUs: {g.num(0, 4)}, EDUs: {g.num(0, 6)})", "fed_received_txn")
        if g.r.random() < 0.5:
            emit("synapse.federation.federation_server", 1328, "INFO", f"{rid}-${g.alnum(43, B62 + '_-')}",
                 f"handling received PDU in room !{g.alnum(18, string.ascii_letters)}:{r}: <FrozenEventV3 event_id=${g.alnum(43, B62 + '_-')}, type=m.room.{g.c(['message', 'message', 'member', 'redaction'])}, state_key={g.c(['None', '@' + g.user() + ':' + r])}, outlier=False>", "handling_pdu")
        emit("synapse.access.http.8008", 473, "INFO", rid,
             f"{g.c(proxy)} - 8008 - {{{r}}} Processed request: {g.r.random() * 0.3:.3f}sec/0.000sec ({g.r.random() * 0.01:.3f}sec, 0.000sec) ({g.r.random() * 0.01:.3f}sec/{g.r.random() * 0.05:.3f}sec/{g.num(1, 12)}) 11B 200 \"PUT /_matrix/federation/v1/send/{txn} HTTP/1.1\" \"Synapse/1.{g.num(110, 121)}.0\" [0 dbevts]", "access")

    def fed_out():
        r = g.c(remotes)
        st["loop"] += 1
        req = f"federation_transaction_transmission_loop-{st['loop']}"
        txn = int(L.t.timestamp() * 1000)
        emit("synapse.federation.sender.transaction_manager", 127, "INFO", req, f"TX [{r}] {{{txn}}} Sending transaction [{txn}], (PDUs: {g.num(0, 3)}, EDUs: {g.num(0, 8)})", "tx_sending")
        st["out"] += 1
        L.tick(0.2)
        emit("synapse.http.matrixfederationclient", 358, "INFO", req, f"{{PUT-O-{st['out']}}} [{r}] Completed request: 200 OK in {g.f(0.05, 2, 2)} secs, got {g.num(10, 60)} bytes - PUT matrix-federation://{r}/_matrix/federation/v1/send/{txn}", "fed_completed")
        emit("synapse.federation.sender.transaction_manager", 163, "INFO", req, f"TX [{r}] {{{txn}}} got 200 response", "tx_got_response")

    def fed_dead():
        r = g.c(dead)
        st["loop"] += 1
        st["out"] += 1
        req = f"federation_transaction_transmission_loop-{st['loop']}"
        txn = int(L.t.timestamp() * 1000)
        emit("synapse.federation.sender.transaction_manager", 127, "INFO", req, f"TX [{r}] {{{txn}}} Sending transaction [{txn}], (PDUs: 1, EDUs: 0)", "tx_sending")
        err = g.c([f"DNSLookupError('no results for hostname lookup: {r}')", "ConnectingCancelledError(IPv4Address(type='TCP', host='203.0.113.77', port=8448))", "ConnectionRefusedError('Connection refused')"])
        emit("synapse.http.matrixfederationclient", 698, "WARNING", req, f"{{PUT-O-{st['out']}}} [{r}] Request failed: PUT matrix-federation://{r}/_matrix/federation/v1/send/{txn}: {err}", "fed_request_failed")
        emit("synapse.util.retryutils", 259, "INFO", req, f"Connection to {r} was unsuccessful (<class 'synapse.api.errors.RequestSendFailed'>(Failed to send request: {err.split('(')[0]}: {err.split('(', 1)[1].rstrip(')')})); backoff now {g.c([600000, 1200000, 2400000, 4800000])}", "retry_backoff")
        emit("synapse.federation.sender.per_destination_queue", 355, "WARNING", req, f"TX [{r}] Failed to send transaction: Failed to send request: {err.split('(')[0]}: {err.split('(', 1)[1].rstrip(')')}", "tx_failed")

    def gc():
        emit("synapse.metrics._gc", 120, "INFO", "sentinel", f"Collecting gc {g.c([1, 1, 2])}", "collecting_gc")

    def login_fail():
        rid = reqid("POST")
        u = g.c(users + ["@admin:example.org", "@root:example.org"])
        emit("synapse.handlers.auth", 1308, "INFO", rid, f"Failed password login for user {u}", "failed_login")
        emit("synapse.http.server", 124, "INFO", rid, f"<XForwardedForRequest at 0x7f{g.hx(10)} method='POST' uri='/_matrix/client/v3/login' clientproto='HTTP/1.1' site='8008'> SynapseError: 403 - Invalid username or password", "synapse_error")

    def keyring():
        r = g.c(remotes)
        emit("synapse.crypto.keyring", 625, "INFO", reqid("PUT"), f"Requesting keys dict_items([('{r}', {{'ed25519:{g.alnum(6, B62)}': {int(L.t.timestamp() * 1000) + 60000}}})]) from notary server matrix.org", "requesting_keys")

    def push():
        url = "https://matrix.org/_matrix/push/v1/notify"
        rq = f"httppush.process-{g.num(1, 900)}"
        emit("synapse.http.client", 436, "INFO", rq, f"Sending request POST {url}", "http_sending")
        if g.r.random() < 0.9:
            emit("synapse.http.client", 469, "INFO", rq, f"Received response to POST {url}: 200", "http_received")
        else:
            emit("synapse.push.httppusher", 220, "WARNING", rq, f"Failed to push data to {url}: <class 'twisted.internet.error.TimeoutError'> User timeout caused connection failure.", "push_failed")

    def daily():
        emit("synapse.storage.databases.main.metrics", 323, "INFO", f"generate_user_daily_visits-{g.num(1, 90)}", "Calling _generate_user_daily_visits", "daily_visits")

    def error_tb():
        rid = reqid("GET")
        n = "synapse.http.server"
        emit(n, 118, "ERROR", rid, f"Failed handle request via 'RoomMessageListRestServlet': <XForwardedForRequest at 0x7f{g.hx(10)} method='GET' uri='/_matrix/client/v3/rooms/!{g.alnum(18, string.ascii_letters)}:example.org/messages?dir=b&limit=30' clientproto='HTTP/1.1' site='8008'>", "handler_failed")
        rows = [("Traceback (most recent call last):", "py_tb_head"),
                (f"  File \"{site}/synapse/http/server.py\", line 331, in _async_render_wrapper", "py_tb_file"), ("    callback_return = await self._async_render(request)", "py_tb_code"),
                ("                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/synapse/http/server.py\", line 541, in _async_render", "py_tb_file"), ("    callback_return = await raw_callback_return", "py_tb_code"),
                ("                      ^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/synapse/rest/client/room.py\", line 810, in on_GET", "py_tb_file"), ("    msgs = await self.pagination_handler.get_messages(", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/synapse/handlers/pagination.py\", line 652, in get_messages", "py_tb_file"), ("    await self.hs.get_federation_handler().maybe_backfill(", "py_tb_code"),
                (f"  File \"{site}/synapse/storage/database.py\", line 2043, in simple_select_list_paginate_txn", "py_tb_file"), ("    txn.execute(sql, args)", "py_tb_code"),
                (f"  File \"{site}/synapse/storage/database.py\", line 421, in execute", "py_tb_file"), ("    self._do_execute(self.txn.execute, sql, parameters)", "py_tb_code"),
                (f"  File \"{site}/synapse/storage/database.py\", line 473, in _do_execute", "py_tb_file"), ("    return func(sql, *args, **kwargs)", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                ("psycopg2.errors.QueryCanceled: canceling statement due to statement timeout", "py_exc_querycanceled")]
        for text, ev in rows:
            cont(text, ev, "ERROR", n)

    ev = [(46, access), (9, fed_in), (8, fed_out), (1.5, fed_dead), (4, gc), (1.2, login_fail), (1, keyring), (2.5, push), (0.2, daily), (0.25, error_tb)]
    return L.run(ev, None)


# 10 --------------------------------------------------------------- Trino 465 coordinator var/log/server.log (airlift logging: tab-separated time, level, thread, logger, message)
def log_trino(seed):
    L = Log("trino_server", seed, "full", True, True)
    g = L.g
    workers = [(g.uuid(), f"10.0.6.{g.num(10, 60)}") for _ in range(6)]
    st = {"q": g.num(1, 400), "day": f"{L.t:%Y%m%d}"}

    def emit(lv, thread, logger, msg, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z\t{lv}\t{thread}\t{logger}\t{msg}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def qid():
        st["q"] += 1
        return f"{L.t:%Y%m%d_%H%M%S}_{st['q']:05d}_{g.alnum(5, 'abcdefghijklmnopqrstuvwxyz23456789')}"

    def startup():
        main = "main"
        emit("INFO", main, "io.airlift.log.Logging", "Logging to stderr", "logging_to")
        rows = [("PROPERTY", "DEFAULT", "RUNTIME", "DESCRIPTION")] + [("catalog.config-dir", "etc/catalog", "etc/catalog", ""), ("catalog.management", "STATIC", "STATIC", ""),
                                      ("coordinator", "true", "true", ""), ("discovery.uri", "----", "http://trino-coordinator:8080", "Discovery service base URI"),
                                      ("http-server.http.port", "8080", "8080", ""), ("node-scheduler.include-coordinator", "true", "false", ""),
                                      ("query.max-memory", "20GB", "120GB", ""), ("query.max-memory-per-node", "1GB", "12GB", ""), ("node.environment", "----", "production", ""),
                                      ("node.id", "----", g.uuid(), ""), ("exchange.compression-codec", "NONE", "LZ4", ""), ("query.max-run-time", "100.00d", "2.00h", "")]
        w = [max(len(r[i]) for r in rows) + 2 for i in range(3)]
        for prop, dflt, run, desc in rows:
            emit("INFO", main, "Bootstrap", f"{prop:<{w[0]}}{dflt:<{w[1]}}{run:<{w[2]}}{desc}", "bootstrap_row")
        emit("INFO", main, "org.eclipse.jetty.server.Server", "jetty-12.0.15; built: 2024-11-05T19:44:57.623Z; git: 8281ae9740d4b4225e8166cc476bad237c70213a; jvm 23.0.1+11-39", "jetty_version")
        emit("INFO", main, "org.eclipse.jetty.server.AbstractConnector", f"Started http@{g.hx(8)}{{HTTP/1.1, (http/1.1, h2c)}}{{0.0.0.0:8080}}", "jetty_connector_started")
        emit("INFO", main, "org.eclipse.jetty.server.Server", f"Started oejs.Server@{g.hx(8)}{{STARTING}}[12.0.15,sto=0] @{g.num(3000, 9000)}ms", "jetty_started")
        for plugin, cls, conn in [("hive", "io.trino.plugin.hive.HivePlugin", "hive"), ("iceberg", "io.trino.plugin.iceberg.IcebergPlugin", "iceberg"),
                                  ("postgresql", "io.trino.plugin.postgresql.PostgreSqlPlugin", "postgresql"), ("tpch", "io.trino.plugin.tpch.TpchPlugin", "tpch")]:
            emit("INFO", main, "io.trino.server.PluginManager", f"-- Loading plugin /usr/lib/trino/plugin/{plugin} --", "plugin_loading")
            emit("INFO", main, "io.trino.server.PluginManager", f"Installing {cls}", "plugin_installing")
            emit("INFO", main, "io.trino.server.PluginManager", f"Registering connector {conn}", "plugin_registering")
            emit("INFO", main, "io.trino.server.PluginManager", f"-- Finished loading plugin /usr/lib/trino/plugin/{plugin} --", "plugin_loaded")
        for cat, conn in [("hive", "hive"), ("lake", "iceberg"), ("crm", "postgresql"), ("tpch", "tpch")]:
            emit("INFO", main, "io.trino.connector.StaticCatalogManager", f"-- Loading catalog {cat} --", "catalog_loading")
            L.tick(0.3)
            emit("INFO", main, "io.trino.connector.StaticCatalogManager", f"-- Added catalog {cat} using connector {conn} --", "catalog_added")
        emit("INFO", main, "io.trino.security.AccessControlManager", "Using system access control: file", "access_control")
        emit("INFO", main, "io.trino.server.Server", "Server startup completed in 14.81s", "startup_completed")
        emit("INFO", main, "io.trino.server.Server", "======== SERVER STARTED ========", "server_started")

    def timeline():
        q = qid()
        state = g.c(["FINISHED"] * 12 + ["FAILED (USER_ERROR)", "FAILED (INSUFFICIENT_RESOURCES)", "FAILED (EXTERNAL)", "FAILED (USER_CANCELED)"])
        el = g.num(30, 600000)
        begin = L.t - dt.timedelta(milliseconds=el)
        parts = [g.num(0, el // 10 + 1), g.num(0, 50), g.num(0, el // 20 + 1)]
        emit("INFO", f"dispatcher-query-{g.num(1, 90)}", "io.trino.event.QueryMonitor",
             f"TIMELINE: Query {q} :: {state} :: elapsed {el}ms :: planning {parts[0]}ms :: waiting {parts[1]}ms :: scheduling {parts[2]}ms :: running {max(0, el - sum(parts))}ms :: finishing {g.num(0, 30)}ms :: begin {begin:%Y-%m-%dT%H:%M:%S}.{ms3(begin)}Z :: end {L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "timeline")

    def task_err():
        w = g.c(workers)
        q = qid()
        emit("WARN", f"http-worker-{g.num(100, 900)}", "io.trino.server.remotetask.RequestErrorTracker",
             f"Error getting task status {q}.{g.num(1, 6)}.0.{g.num(0, 30)}.0: Server refused connection: http://{w[1]}:8080/v1/task/{q}.{g.num(1, 6)}.0.{g.num(0, 30)}.0/status: http://{w[1]}:8080/v1/task/{q}.1.0.0.0/status", "task_status_error")

    def node_missing():
        w = g.c(workers)
        emit("INFO", "node-state-poller-0", "io.trino.metadata.DiscoveryNodeManager", f"Previously active node is missing: {w[0]} (last seen at {w[1]})", "node_missing")

    def mem_err():
        w = g.c(workers)
        emit("WARN", f"http-client-memoryManager-scheduler-{g.num(1, 4)}", "io.trino.memory.RemoteNodeMemory", f"Error fetching memory info from http://{w[1]}:8080/v1/memory: Server refused connection: http://{w[1]}:8080/v1/memory", "memory_fetch_error")

    def gc():
        a = g.num(1000, 900000)
        emit("INFO", "Service Thread", "io.airlift.stats.JmxGcMonitor",
             f"Major GC: application {a}ms, stopped {g.num(50, 4000)}ms: {g.f(10, 60, 2)}GB -> {g.f(2, 10, 2)}GB", "major_gc")

    def stage_failed():
        q = qid()
        lg = "io.trino.execution.StageStateMachine"
        emit("ERROR", f"remote-task-callback-{g.num(1, 90)}", lg, f"Stage {q}.{g.num(1, 5)} failed", "stage_failed")
        cont(f"io.trino.ExceededMemoryLimitException: Query exceeded per-node memory limit of 12GB [Allocated: {g.f(11.5, 12, 2)}GB, Delta: {g.num(1, 64)}.00MB, Top Consumers: {{HashAggregationOperator={g.f(9, 11, 2)}GB, ExchangeOperator={g.f(10, 900, 2)}MB}}]", "exc_exceeded_memory", "ERROR", lg)
        for fr in ["io.trino.ExceededMemoryLimitException.exceededLocalUserMemoryLimit(ExceededMemoryLimitException.java:40)", "io.trino.memory.QueryContext.enforceUserMemoryLimit(QueryContext.java:322)",
                   "io.trino.memory.QueryContext.updateUserMemory(QueryContext.java:166)", "io.trino.memory.QueryContext.lambda$addTaskContext$0(QueryContext.java:250)",
                   "io.trino.memory.context.RootAggregatedMemoryContext.updateBytes(RootAggregatedMemoryContext.java:37)",
                   "io.trino.operator.HashAggregationOperator.addInput(HashAggregationOperator.java:424)", "io.trino.operator.Driver.processInternal(Driver.java:403)",
                   "io.trino.operator.Driver.lambda$process$8(Driver.java:306)", "io.trino.operator.Driver.tryWithLock(Driver.java:709)", "io.trino.operator.Driver.process(Driver.java:298)",
                   "io.trino.execution.executor.timesharing.TimeSharingTaskExecutor$TaskRunner.run(TimeSharingTaskExecutor.java:555)",
                   "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)", "java.base/java.lang.Thread.run(Thread.java:1575)"]:
            cont(f"\tat {fr}", "java_frame", "ERROR", lg)

    def hms():
        lg = "io.trino.plugin.hive.metastore.thrift.ThriftHiveMetastore"
        q = qid()
        emit("WARN", f"Query-{q}-{g.num(1000, 9999)}", lg, "Failed connecting to Hive metastore: [thrift://hms.data.svc:9083]", "hms_connect_failed")
        if g.r.random() < 0.5:
            cont("org.apache.thrift.transport.TTransportException: java.net.SocketTimeoutException: Read timed out", "exc_ttransport", "WARN", lg)
            for fr in ["org.apache.thrift.transport.TIOStreamTransport.read(TIOStreamTransport.java:178)", "org.apache.thrift.transport.TTransport.readAll(TTransport.java:109)",
                       "io.trino.hive.thrift.metastore.ThriftHiveMetastore$Client.recv_get_table(ThriftHiveMetastore.java:2167)",
                       "io.trino.plugin.hive.metastore.thrift.ThriftHiveMetastoreClient.getTable(ThriftHiveMetastoreClient.java:207)"]:
                cont(f"\tat {fr}", "java_frame", "WARN", lg)
            cont("Caused by: java.net.SocketTimeoutException: Read timed out", "caused_by_timeout", "WARN", lg)
            for fr in ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)", "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)"]:
                cont(f"\tat {fr}", "java_frame", "WARN", lg)
            cont(f"\t... {g.num(20, 60)} more", "java_more", "WARN", lg)

    def abandoned():
        emit("INFO", "query-management-1", "io.trino.execution.QueryTracker", f"Query {qid()} has been abandoned; client last seen {g.num(300, 900)}s ago", "query_abandoned")

    startup()
    ev = [(60, timeline), (3, task_err), (1, node_missing), (2, mem_err), (1.5, gc), (0.35, stage_failed), (0.8, hms), (0.6, abandoned)]
    return L.run(ev, None)


# 11 --------------------------------------------------------------- Salt minion 3007 /var/log/salt/minion (default log_fmt_logfile, fixed-width name/level columns)
def log_salt_minion(seed):
    L = Log("salt_minion", seed, "full", True, True)
    g = L.g
    mpid = g.num(700, 1900)
    st = {"jpid": mpid + 1}

    def emit(name, lineno, lv, pid, msg, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} [{name:<17}:{lineno:<4}][{lv:<8}][{pid}] {msg}", ev, lv, name)

    def cont(text, ev, lv, name):
        L.emit(text, ev, lv, name)

    def jid():
        return f"{L.t:%Y%m%d%H%M%S}{L.t.microsecond:06d}"

    def new_job(fun, j):
        emit("salt.minion", 1723, "INFO", mpid, f"User root Executing command {fun} with jid {j}", "executing_command")
        st["jpid"] += g.num(1, 40)
        emit("salt.minion", 1830, "INFO", mpid, f"Starting a new job {j} with PID {st['jpid']}", "new_job")
        return st["jpid"]

    def ret(j, pid):
        if g.r.random() < 0.04:
            emit("salt.minion", 2203, "WARNING", pid, f"The minion failed to return the job information for job {j}. This is often due to the master being shut down or overloaded. If the master is running, consider increasing the worker_threads value.", "return_failed")
        else:
            emit("salt.minion", 2173, "INFO", pid, f"Returning information for job: {j}", "returning")

    STATES = [("nginx", "pkg.installed"), ("/etc/nginx/nginx.conf", "file.managed"), ("/etc/nginx/sites-enabled/app.conf", "file.managed"), ("nginx", "service.running"),
              ("htop", "pkg.installed"), ("deploy", "user.present"), ("/usr/local/bin/deploy.sh", "cmd.run"), ("/etc/motd", "file.managed"), ("chrony", "service.running"),
              ("/etc/sysctl.d/90-net.conf", "file.managed"), ("node_exporter", "pkg.installed")]

    def apply_state():
        j = jid()
        pid = new_job(g.c(["state.apply", "state.apply", "state.highstate"]), j)
        emit("salt.state", 1159, "INFO", pid, "Loading fresh modules for state activity", "fresh_modules")
        for sls in g.r.sample(["nginx/init.sls", "base/init.sls", "users/init.sls", "monitoring/init.sls"], 2):
            emit("salt.fileclient", 1241, "INFO", pid, f"Fetching file from saltenv 'base', ** done ** '{sls}'", "fetching_file")
        for name, fun in g.r.sample(STATES, g.num(3, 7)):
            t0 = L.t
            emit("salt.state", 2278, "INFO", pid, f"Running state [{name}] at time {t0:%H:%M:%S}.{us6(t0)}", "running_state")
            emit("salt.state", 2309, "INFO", pid, f"Executing state {fun} for [{name}]", "executing_state")
            if fun == "pkg.installed":
                if g.r.random() < 0.7:
                    emit("salt.state", 325, "INFO", pid, "All specified packages are already installed", "pkgs_installed")
                elif g.r.random() < 0.8:
                    emit("salt.loaded.int.module.cmdmod", 438, "INFO", pid, f"Executing command ['apt-get', '-q', '-y', '-o', 'DPkg::Options::=--force-confold', '-o', 'DPkg::Options::=--force-confdef', 'install', '{name}'] in directory '/root'", "cmd_exec")
                    L.tick(6)
                    emit("salt.state", 325, "INFO", pid, "Made the following changes:", "made_changes")
                    cont(f"'{name}' changed from 'absent' to '{g.num(1, 3)}.{g.num(0, 9)}.{g.num(0, 20)}-{g.num(1, 4)}'", "pkg_changed_row", "INFO", "salt.state")
                    if g.r.random() < 0.4:
                        cont(f"'lib{name}{g.num(1, 9)}' changed from 'absent' to '{g.num(1, 3)}.{g.num(0, 9)}-{g.num(1, 4)}'", "pkg_changed_row", "INFO", "salt.state")
                    cont("", "made_changes_blank", "INFO", "salt.state")
                else:
                    emit("salt.state", 325, "ERROR", pid, f"The following packages failed to install/update: {name}", "pkg_failed")
            elif fun == "file.managed":
                if name == "/etc/motd" and g.r.random() < 0.5:
                    emit("salt.state", 325, "WARNING", pid, f"State for file: {name} - Neither 'source' nor 'contents' nor 'contents_pillar' nor 'contents_grains' was defined, yet 'replace' was set to 'True'. As there is no source to replace the file with, 'replace' has been set to 'False' to avoid reading the file unnecessarily.", "file_no_source")
                if g.r.random() < 0.75:
                    emit("salt.state", 325, "INFO", pid, f"File {name} is in the correct state", "file_correct")
                else:
                    emit("salt.state", 325, "INFO", pid, "File changed:", "file_changed")
                    a = g.num(1, 80)
                    cont("--- ", "diff_from", "INFO", "salt.state")
                    cont("+++ ", "diff_to", "INFO", "salt.state")
                    cont(f"@@ -{a},{g.num(3, 7)} +{a},{g.num(3, 7)} @@", "diff_hunk", "INFO", "salt.state")
                    for _ in range(g.num(1, 3)):
                        cont(f" {g.c(['worker_processes auto;', 'events {', '    sendfile on;', 'net.core.somaxconn = 4096', '# managed by salt'])}", "diff_ctx", "INFO", "salt.state")
                    cont(f"-{g.c(['    keepalive_timeout 65;', 'net.ipv4.tcp_fin_timeout = 60', '    worker_connections 768;'])}", "diff_del", "INFO", "salt.state")
                    cont(f"+{g.c(['    keepalive_timeout 30;', 'net.ipv4.tcp_fin_timeout = 15', '    worker_connections 4096;'])}", "diff_add", "INFO", "salt.state")
            elif fun == "service.running":
                emit("salt.loaded.int.module.cmdmod", 438, "INFO", pid, f"Executing command 'systemctl status {name}.service -n 0' in directory '/root'", "cmd_exec")
                if g.r.random() < 0.85:
                    emit("salt.state", 325, "INFO", pid, f"The service {name} is already running", "service_running")
                else:
                    emit("salt.loaded.int.module.cmdmod", 438, "INFO", pid, f"Executing command 'systemd-run --scope systemctl start {name}.service' in directory '/root'", "cmd_exec")
                    emit("salt.state", 325, "INFO", pid, f"{{'{name}': True}}", "service_changes_dict")
            elif fun == "user.present":
                if g.r.random() < 0.8:
                    emit("salt.state", 325, "INFO", pid, f"User {name} is present and up to date", "user_present")
                else:
                    emit("salt.loaded.int.module.cmdmod", 438, "INFO", pid, f"Executing command ['useradd', '-s', '/bin/bash', '-m', '{name}'] in directory '/root'", "cmd_exec")
                    emit("salt.loaded.int.module.cmdmod", 888, "ERROR", pid, "Command 'useradd' failed with return code: 9", "cmd_failed")
                    emit("salt.loaded.int.module.cmdmod", 893, "ERROR", pid, f"stderr: useradd: user '{name}' already exists", "cmd_stderr")
                    emit("salt.loaded.int.module.cmdmod", 895, "ERROR", pid, "retcode: 9", "cmd_retcode")
                    emit("salt.state", 325, "ERROR", pid, f"Failed to create new user {name}", "user_create_failed")
            else:
                emit("salt.loaded.int.module.cmdmod", 438, "INFO", pid, f"Executing command '{name}' in directory '/root'", "cmd_exec")
                L.tick(3)
                rc = g.c([0, 0, 0, 1])
                emit("salt.state", 325, "INFO" if rc == 0 else "ERROR", pid, f"{{'pid': {g.num(2000, 90000)}, 'retcode': {rc}, 'stdout': '{g.c(['deployed release 2026.12.' + str(g.num(1, 9)), 'nothing to do', 'OK'])}', 'stderr': '{'' if rc == 0 else 'error: lock file exists'}'}}", "cmd_ret_dict")
            L.tick(0.3)
            emit("salt.state", 2485, "INFO", pid, f"Completed state [{name}] at time {L.t:%H:%M:%S}.{us6(L.t)} (duration_in_ms={(L.t - t0).total_seconds() * 1000:.3f})", "completed_state")
        ret(j, pid)

    def find_job():
        j = jid()
        pid = new_job("saltutil.find_job", j)
        ret(j, pid)

    def ping():
        j = jid()
        pid = new_job("test.ping", j)
        ret(j, pid)

    def grains():
        j = jid()
        pid = new_job(g.c(["grains.items", "pillar.items", "cmd.run", "pkg.list_upgrades", "status.uptime"]), j)
        ret(j, pid)

    def schedule():
        emit("salt.utils.schedule", 1783, "INFO", mpid, f"Running scheduled job: {g.c(['__mine_interval', '__mine_interval', 'highstate_check', '__update_grains'])} with jid {jid()}", "scheduled_job")

    def master_down():
        emit("salt.minion", 1096, "ERROR", mpid, "Error while bringing up minion for multi-master. Is master at salt.example.com responding?", "multimaster_error")
        emit("salt.minion", 822, "INFO", mpid, "Master salt.example.com could not be reached, trying next master (if any)", "master_unreachable")
        L.tick(30)
        if g.r.random() < 0.3:
            emit("salt.minion", 790, "WARNING", mpid, "Master ip address changed from 10.0.0.5 to 10.0.0.6", "master_ip_changed")
        emit("salt.crypt", 1020, "ERROR", mpid, "The Salt Master has cached the public key for this node, this salt minion will wait for 10 seconds before attempting to re-authenticate", "cached_pubkey_wait")
        L.tick(10)
        emit("salt.minion", 1147, "INFO", mpid, "Minion is ready to receive requests!", "minion_ready")

    ev = [(3, apply_state), (10, find_job), (4, ping), (3, grains), (6, schedule), (0.25, master_down)]
    return L.run(slowed(L, ev, 20), None)


# 12 --------------------------------------------------------------- Fluent Bit 3.2 DaemonSet pod (tail -> kubernetes filter -> es), `kubectl logs` of one pod across a restart
def log_fluent_bit(seed):
    L = Log("fluent_bit", seed, "full", True, True)
    g = L.g
    pods = [(f"{a}-{g.alnum(10)}-{g.alnum(5)}", ns, a) for a, ns in [("api", "shop"), ("web", "shop"), ("worker", "shop"), ("redis", "shop"), ("coredns", "kube-system"),
                                                                     ("ingress-nginx-controller", "ingress-nginx"), ("prometheus-node-exporter", "monitoring"), ("checkout", "shop")]]
    watches = {}
    st = {"wd": 1, "task": 0, "conn": g.num(10, 90)}

    def emit(lv, comp, msg, ev):
        t = L.t
        lvs = {"info": " info", "warn": " warn", "error": "error", "debug": "debug"}[lv] if lv else None
        head = f"[{t:%Y/%m/%d %H:%M:%S}] " + (f"[{lvs}] " if lv else "") + f"[{comp}] {msg}"
        L.emit(head, ev, lv, comp)

    def cont(text, ev, lv, comp):
        L.emit(text, ev, lv, comp)

    def logfile(p):
        return f"/var/log/containers/{p[0]}_{p[1]}_{p[2]}-{g.hx(64)}.log"

    def add_watch(p):
        st["wd"] += 1
        ino = g.num(10 ** 6, 9 * 10 ** 7)
        watches[p[0]] = (ino, st["wd"])
        emit("info", "input:tail:tail.0", f"inotify_fs_add(): inode={ino} watch_fd={st['wd']} name={logfile(p)}", "inotify_add")

    def banner():
        for text, ev in [("Fluent Bit v3.2.2", "banner_version"), ("* Copyright (C) 2015-2024 The Fluent Bit Authors", "banner_copyright"),
                         ("* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd", "banner_cncf"), ("* https://fluentbit.io", "banner_url"), ("", "banner_blank"),
                         ("______ _                  _    ______ _ _           _____  _____ ", "banner_art1"),
                         ("|  ___| |                | |   | ___ (_) |         |____ |/ __  \\", "banner_art2"),
                         ("| |_  | |_   _  ___ _ __ | |_  | |_/ /_| |_  __   __   / /`' / /'", "banner_art3"),
                         ("|  _| | | | | |/ _ \\ '_ \\| __| | ___ \\ | __| \\ \\ / /   \\ \\  / /  ", "banner_art4"),
                         ("| |   | | |_| |  __/ | | | |_  | |_/ / | |_   \\ V /.___/ /./ /___", "banner_art5"),
                         ("\\_|   |_|\\__,_|\\___|_| |_|\\__| \\____/|_|\\__|   \\_/ \\____(_)_____/", "banner_art6"), ("", "banner_blank"), ("", "banner_blank")]:
            L.emit(text, ev)

    def startup():
        banner()
        emit("info", "fluent bit", "version=3.2.2, commit=a59c8fc9f9, pid=1", "fb_version")
        emit("info", "storage", "ver=1.5.2, type=memory+filesystem, sync=normal, checksum=off, max_chunks_up=128", "storage_ver")
        emit("info", "storage", "backlog input plugin: storage_backlog.1", "storage_backlog")
        emit("info", "simd", "disabled", "simd")
        emit("info", "cmetrics", "version=0.9.9", "cmetrics_version")
        emit("info", "ctraces ", "version=0.5.7", "ctraces_version")
        emit("info", "input:tail:tail.0", "initializing", "plugin_initializing")
        emit("info", "input:tail:tail.0", "storage_strategy='filesystem' (memory + filesystem)", "storage_strategy")
        emit("info", "input:tail:tail.0", "multiline core started", "multiline_started")
        emit("info", "input:storage_backlog:storage_backlog.1", "initializing", "plugin_initializing")
        emit("info", "input:storage_backlog:storage_backlog.1", "storage_strategy='memory' (memory only)", "storage_strategy")
        emit("info", "input:storage_backlog:storage_backlog.1", "queue memory limit: 47.7M", "backlog_mem_limit")
        emit("info", "filter:kubernetes:kubernetes.0", "https=1 host=kubernetes.default.svc port=443", "k8s_host")
        emit("info", "filter:kubernetes:kubernetes.0", " token updated", "k8s_token")
        emit("info", "filter:kubernetes:kubernetes.0", "local POD info OK", "k8s_pod_info")
        emit("info", "filter:kubernetes:kubernetes.0", "testing connectivity with API server...", "k8s_testing")
        emit("info", "filter:kubernetes:kubernetes.0", "connectivity OK", "k8s_ok")
        for w in range(2):
            emit("info", "output:es:es.0", f"worker #{w} started", "worker_started")
        emit("info", "http_server", "listen iface=0.0.0.0 tcp_port=2020", "http_listen")
        emit("info", "sp", "stream processor started", "sp_started")
        watches.clear()
        for p in pods:
            add_watch(p)

    def chunk():
        return f"1-{int(L.t.timestamp()) - g.num(0, 90)}.{g.num(10 ** 8, 10 ** 9 - 1)}.flb"

    def retry():
        c = chunk()
        task = g.num(0, 40)
        emit("warn", "engine", f"failed to flush chunk '{c}', retry in {g.num(6, 60)} seconds: task_id={task}, input=tail.0 > output=es.0 (out_id=0)", "flush_retry")
        if g.r.random() < 0.7:
            L.tick(15)
            emit("info", "engine", f"flush chunk '{c}' succeeded at retry {g.num(1, 3)}: task_id={task}, input=tail.0 > output=es.0 (out_id=0)", "flush_retry_ok")

    def es_429():
        emit("error", "output:es:es.0", "HTTP status=429 URI=/_bulk, response:", "es_http_status")
        b = g.num(10 ** 8, 2 * 10 ** 8)
        cont("{\"error\":{\"root_cause\":[{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of coordinating operation [coordinating_and_primary_bytes="
             f"{b}, replica_bytes=0, all_bytes={b}, coordinating_operation_bytes={g.num(10 ** 5, 10 ** 7)}, max_coordinating_and_primary_bytes=214748364]\"}}],\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of coordinating operation\"}},\"status\":429}}",
             "es_429_body", "error", "output:es:es.0")
        retry()

    def es_mapping():
        emit("error", "output:es:es.0", "error: Output", "es_error_output")
        p = g.c(pods)
        cont(f"{{\"errors\":true,\"took\":{g.num(5, 900)},\"items\":[{{\"create\":{{\"_index\":\"logs-{L.t:%Y.%m.%d}\",\"_id\":\"{g.alnum(20, B62)}\",\"status\":400,\"error\":{{\"type\":\"document_parsing_exception\",\"reason\":\"[1:{g.num(200, 900)}] failed to parse field [kubernetes.labels.app] of type [text] in document with id '{g.alnum(20, B62)}'. Preview of field's value: '{{kubernetes={{io/name={p[2]}}}}}'\",\"caused_by\":{{\"type\":\"illegal_state_exception\",\"reason\":\"Can't get text on a START_OBJECT at 1:{g.num(200, 900)}\"}}}}}}}}]}}",
             "es_bulk_errors_body", "error", "output:es:es.0")

    def conn_timeout():
        st["conn"] += 1
        emit("error", "upstream", f"connection #{st['conn']} to tcp://10.0.3.{g.num(2, 40)}:9200 timed out after 10 seconds (connection timeout)", "upstream_timeout")
        if g.r.random() < 0.5:
            emit("error", "output:es:es.0", "no upstream connections available", "no_upstream")
        retry()

    def dns():
        emit("warn", "net", "getaddrinfo(host='elasticsearch-master.logging.svc', err=12): Timeout while contacting DNS servers", "getaddrinfo_failed")

    def pause():
        p = g.c(["tail.0", "tail.0", "emitter_for_rewrite_tag.2"])
        emit("warn", "input", f"{p} paused (mem buf overlimit)", "input_paused")
        L.tick(3)
        emit("info", "input", f"{p} resume (mem buf overlimit)", "input_resumed")

    def churn():
        old = g.c(pods)
        i = pods.index(old)
        if old[0] in watches:
            ino, wd = watches.pop(old[0])
            emit("info", "input:tail:tail.0", f"inode={ino} handle rotation(): {logfile(old)} => /var/log/pods/{old[1]}_{old[0]}_{g.uuid()}/{old[2]}/0.log.{L.t:%Y%m%d-%H%M%S}", "handle_rotation")
            emit("info", "input:tail:tail.0", f"inotify_fs_remove(): inode={ino} watch_fd={wd}", "inotify_remove")
            emit("info", "input:tail:tail.0", f"inode={ino} file has been deleted: {logfile(old)}", "file_deleted")
        new = (f"{old[2]}-{g.alnum(10)}-{g.alnum(5)}", old[1], old[2])
        pods[i] = new
        L.tick(5)
        add_watch(new)

    def rotate():
        p = g.c(pods)
        if p[0] in watches:
            ino, wd = watches[p[0]]
            emit("info", "input:tail:tail.0", f"inode={ino} handle rotation(): {logfile(p)} => /var/log/pods/{p[1]}_{p[0]}_{g.uuid()}/{p[2]}/0.log.{L.t:%Y%m%d-%H%M%S}", "handle_rotation")
            emit("info", "input:tail:tail.0", f"inotify_fs_remove(): inode={ino} watch_fd={wd}", "inotify_remove")
            add_watch(p)

    def meta():
        p = g.c(pods)
        emit("warn", "filter:kubernetes:kubernetes.0", f"could not get meta for POD {p[0]}", "k8s_no_meta")

    def bufsize():
        cur = g.c([32000, 512000])
        emit("warn", "http_client", f"cannot increase buffer: current={cur} requested={cur + 32768} max={cur}", "http_buffer")

    def restart():
        emit(None, "engine", "caught signal (SIGTERM)", "caught_signal")
        emit("info", "input", "pausing tail.0", "input_pausing")
        emit("info", "input", "pausing storage_backlog.1", "input_pausing")
        emit("warn", "engine", "service will shutdown in max 5 seconds", "shutdown_in")
        n = g.num(1, 3)
        emit("info", "task", f"tail/tail.0 has {n} pending task(s):", "pending_tasks")
        for _ in range(n):
            emit("info", "task", f"  task_id={g.num(0, 40)} still running on route(s): es/es.0 ", "task_running")
        L.tick(5)
        emit("info", "engine", "service has stopped (0 pending tasks)", "service_stopped")
        for w in range(2):
            emit("info", "output:es:es.0", f"thread worker #{w} stopping...", "worker_stopping")
            emit("info", "output:es:es.0", f"thread worker #{w} stopped", "worker_stopped")
        L.tick(20)
        startup()

    startup()
    ev = [(24, retry), (6, es_429), (4, es_mapping), (5, conn_timeout), (2, dns), (5, pause), (3, churn), (3, rotate), (3, meta), (2, bufsize), (0.2, restart)]
    return L.run(slowed(L, ev, 6), None)


# 13 --------------------------------------------------------------- qBittorrent 5.0 (qbittorrent-nox in a container) qBittorrent/logs/qbittorrent.log, days of a home seedbox
def log_qbittorrent(seed):
    L = Log("qbittorrent", seed, "full", True, False)
    g = L.g
    pid = [g.num(7, 90)]
    torrents = ["debian-12.8.0-amd64-netinst.iso", "ubuntu-24.04.1-desktop-amd64.iso", "archlinux-2026.12.01-x86_64.iso", "Fedora-Workstation-Live-x86_64-41", "Big.Buck.Bunny.2008.1080p.BluRay.x264",
                "linuxmint-22-cinnamon-64bit.iso", "Sintel.2010.2160p.WEB-DL", "kali-linux-2026.4-installer-amd64.iso", "openSUSE-Tumbleweed-DVD-x86_64-Current.iso", "proxmox-ve_8.3-1.iso",
                "The.Internet.Archive.Collection.Vol.12", "LibreOffice_24.8.3_Linux_x86-64_deb.tar.gz"]
    active = list(g.r.sample(torrents, 5))
    lan = [f"192.168.1.{g.num(2, 60)}" for _ in range(4)]
    feeds = ["https://distrowatch.com/news/torrents.xml", "https://archlinux.org/feeds/releases/", "https://www.example-tracker.org/rss?passkey=abc123"]

    def emit(lv, msg, ev):
        L.emit(f"({lv}) {L.t:%Y-%m-%dT%H:%M:%S} - {msg}", ev, lv)

    def startup():
        emit("N", f"qBittorrent v5.0.2 started. Process ID: {pid[0]}", "started")
        emit("N", "Using config directory: /config/qBittorrent", "config_dir")
        emit("I", "Trying to listen on the following list of IP addresses: \"0.0.0.0:6881,[::]:6881\"", "trying_listen")
        emit("N", "Peer ID: \"-qB5020-\"", "peer_id")
        emit("N", "HTTP User-Agent: \"qBittorrent/5.0.2\"", "user_agent")
        for what, on, ev in [("Distributed Hash Table (DHT) support", "ON", "dht_support"), ("Local Peer Discovery support", "ON", "lpd_support"), ("Peer Exchange (PeX) support", "ON", "pex_support"),
                             ("Anonymous mode", "OFF", "anonymous_mode"), ("Encryption support", "ON", "encryption_support")]:
            emit("I", f"{what}: {on}", ev)
        emit("I", f"IP geolocation database loaded. Type: DBIP-Country-Lite. Build time: {L.t - dt.timedelta(days=g.num(1, 25)):%a %b %-d %H:%M:%S %Y}.", "geoip_loaded")
        emit("N", "Using built-in WebUI.", "builtin_webui")
        emit("N", "WebUI translation for selected locale (en) has been successfully loaded.", "webui_translation")
        emit("N", "WebUI: Now listening on IP: *, port: 8080", "webui_listening")
        for ip in ["172.18.0.5", "127.0.0.1", "::1"]:
            for proto in ["TCP", "UTP"]:
                emit("I", f"Successfully listening on IP. IP: \"{ip}\". Port: \"{proto}/6881\"", "listening_ok")
        if g.r.random() < 0.3:
            emit("C", "Failed to listen on IP. IP: \"fe80::42:acff:fe12:5%eth0\". Port: \"TCP/6881\". Reason: \"Cannot assign requested address\"", "listen_failed")
        for t in active:
            emit("N", f"Restored torrent. Torrent: \"{t}\"", "restored")
        emit("I", f"Detected external IP. IP: \"{g.ip('pub')}\"", "external_ip")

    def added():
        t = g.c(torrents)
        if t not in active:
            active.append(t)
        emit("N", f"Added new torrent. Torrent: \"{t}\"", "added")

    def finished():
        if not active:
            return added()
        emit("N", f"Torrent download finished. Torrent: \"{g.c(active)}\"", "download_finished")

    def external():
        t = g.c(active) if active else g.c(torrents)
        emit("N", f"Running external program. Torrent: \"{t}\". Command: `/config/scripts/notify.sh \"{t}\" \"/downloads/complete\"`", "external_program")

    def moved():
        t = g.c(active) if active else g.c(torrents)
        emit("I", f"Moving torrent. Torrent: \"{t}\". Source: \"/downloads/incomplete\". Destination: \"/downloads/complete\"", "moving")
        L.tick(20)
        emit("I", f"Successfully moved torrent. Torrent: \"{t}\". Destination: \"/downloads/complete\"", "moved")

    def removed():
        if len(active) < 2:
            return added()
        t = active.pop(g.num(0, len(active) - 1))
        if g.r.random() < 0.5:
            emit("I", f"Torrent reached the share ratio limit. Torrent: \"{t}\". Condition: ratio {g.f(2, 3, 2)} >= 2.00", "ratio_limit")
            emit("N", f"Removed torrent. Torrent: \"{t}\"", "removed")
        else:
            emit("N", f"Removed torrent and deleted its content. Torrent: \"{t}\"", "removed_deleted")

    def login_ok():
        emit("N", f"WebAPI login success. IP: {g.c(lan)}", "login_ok")

    def login_fail():
        emit("W", f"WebAPI login failure. Reason: invalid credentials, attempt count: {g.num(1, 5)}, IP: {g.c(lan + ['172.18.0.1'])}, username: {g.c(['admin', 'admin', 'user'])}", "login_fail")

    def host_header():
        emit("W", f"WebUI: Invalid Host header, port mismatch. Request source IP: '{g.c(lan)}'. Server port: '8080'. Received Host header: 'seedbox.lan:{g.c([80, 443, 8081])}'", "invalid_host_header")

    def file_error():
        t = g.c(active) if active else g.c(torrents)
        emit("C", f"File error alert. Torrent: \"{t}\". File: \"/downloads/incomplete/{t}\". Reason: \"{t} file_open ({g.c(['No space left on device', 'Permission denied'])})\"", "file_error")

    def perf():
        emit("I", f"Performance alert: {g.c(['max outstanding disk writes reached', 'max outstanding piece requests reached', 'upload limit too low', 'too few ports allowed for outgoing connections'])}. More info: https://libtorrent.org/reference-Alerts.html#enum-performance-warning-t", "performance_alert")

    def upnp():
        if g.r.random() < 0.8:
            emit("I", "UPnP/NAT-PMP port mapping succeeded. Message: \"successfully mapped port using UPnP. router: http://192.168.1.1:5000/rootDesc.xml, external port: TCP/6881\"", "upnp_ok")
        else:
            emit("C", "UPnP/NAT-PMP port mapping failed. Message: \"could not map port using UPnP: no router found\"", "upnp_failed")

    def rss():
        f = g.c(feeds)
        if g.r.random() < 0.9:
            emit("I", f"RSS feed at '{f}' updated. Added {g.num(0, 6)} new articles.", "rss_updated")
        else:
            emit("W", f"Failed to download RSS feed at '{f}'. Reason: {g.c(['Host not found', 'Connection timed out', 'The remote server returned an error: 503 Service Unavailable'])}", "rss_failed")

    def autodl():
        t = g.c(torrents)
        emit("N", f"Automatically downloading '{t}' torrent from '{g.c(feeds)}' RSS feed...", "rss_autodownload")
        if t not in active:
            active.append(t)
        emit("N", f"Added new torrent. Torrent: \"{t}\"", "added")

    def tracker():
        emit("W", f"Failed to load torrent. Source: \"/watch/{g.alnum(12)}.torrent\". Reason: \"{g.c(['bencoded string is malformed', 'invalid torrent file', 'expected value (list, dict, int or string) in bencoded string'])}\"", "load_failed")

    def restart():
        emit("I", "qBittorrent termination initiated", "termination_initiated")
        emit("I", "Saving resume data completed.", "resume_saved")
        emit("I", "BitTorrent session successfully finished.", "session_finished")
        emit("I", "qBittorrent is now ready to exit", "ready_to_exit")
        L.tick(40)
        pid[0] = g.num(7, 90)
        startup()

    startup()
    ev = [(10, added), (9, finished), (8, external), (5, moved), (6, removed), (14, login_ok), (4, login_fail), (2, host_header), (1, file_error), (6, perf), (5, upnp), (18, rss),
          (3, autodl), (1, tracker), (0.4, restart)]
    return L.run(slowed(L, ev, 300), None)


# 14 --------------------------------------------------------------- Zigbee2MQTT 1.42 (ember adapter) data/log/<date>/log.log, log_level info
def log_zigbee2mqtt(seed):
    L = Log("zigbee2mqtt", seed, "full", True, True)
    g = L.g
    devs = [("0x00158d0004a1b2c3", "kitchen_climate", "WSDCGQ11LM", "Aqara temperature, humidity and pressure sensor", "EndDevice", "climate"),
            ("0x00158d0008c4d5e6", "bath_climate", "WSDCGQ11LM", "Aqara temperature, humidity and pressure sensor", "EndDevice", "climate"),
            ("0x54ef44100034a1b2", "hall_motion", "RTCGQ11LM", "Aqara human body movement and illuminance sensor", "EndDevice", "motion"),
            ("0x00124b0029c8d7e6", "front_door", "SNZB-04", "Contact sensor", "EndDevice", "contact"),
            ("0x680ae2fffe123456", "living_room_lamp", "LED1836G9", "TRADFRI bulb E27, white, 806 lm", "Router", "light"),
            ("0xa4c138f1e2d3c4b5", "desk_plug", "TS011F_plug_1", "Smart plug (with power monitoring)", "Router", "plug"),
            ("0x0017880104c5d6e7", "bedroom_lamp", "9290012573A", "Hue white and color ambiance E26/E27", "Router", "light"),
            ("0x00158d000a1b2c3d", "balcony_leak", "SJCGQ11LM", "Aqara water leak sensor", "EndDevice", "leak")]
    st = {"power_outage": {d[0]: g.num(0, 20) for d in devs}}

    def emit(lv, ns, msg, ev):
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {lv}: \t{ns}: {msg}", ev, lv, ns)

    def publish(topic, payload):
        emit("info", "z2m", f"MQTT publish: topic '{topic}', payload '{payload}'", "mqtt_publish")

    def state(d):
        kind = d[5]
        lq = g.num(20, 255)
        if kind == "climate":
            p = {"battery": g.num(60, 100), "humidity": round(g.r.uniform(35, 70), 2), "linkquality": lq, "power_outage_count": st["power_outage"][d[0]], "pressure": round(g.r.uniform(990, 1030), 1),
                 "temperature": round(g.r.uniform(17, 26), 2), "voltage": g.num(2900, 3100)}
        elif kind == "motion":
            p = {"battery": g.num(60, 100), "device_temperature": g.num(18, 30), "illuminance": g.num(0, 900), "illuminance_lux": g.num(0, 900), "linkquality": lq,
                 "occupancy": g.c([True, False]), "power_outage_count": st["power_outage"][d[0]], "voltage": g.num(2900, 3100)}
        elif kind == "contact":
            p = {"battery": g.num(60, 100), "battery_low": False, "contact": g.c([True, True, False]), "linkquality": lq, "tamper": False, "voltage": g.num(2900, 3100)}
        elif kind == "light":
            p = {"brightness": g.num(1, 254), "color_mode": "color_temp", "color_temp": g.num(250, 454), "linkquality": lq, "state": g.c(["ON", "OFF"]), "update": {"installed_version": 16783367, "latest_version": 16783367, "state": "idle"}}
        elif kind == "plug":
            p = {"child_lock": "UNLOCK", "current": round(g.r.uniform(0, 1.2), 2), "energy": round(g.r.uniform(10, 90), 2), "indicator_mode": "off", "linkquality": lq, "power": g.num(0, 240),
                 "power_outage_memory": "restore", "state": "ON", "voltage": g.num(228, 241)}
        else:
            p = {"battery": g.num(60, 100), "device_temperature": g.num(10, 25), "linkquality": lq, "power_outage_count": st["power_outage"][d[0]], "voltage": g.num(2900, 3100), "water_leak": False}
        publish(f"zigbee2mqtt/{d[1]}", json.dumps(p, separators=(",", ":")))

    def startup():
        emit("info", "z2m", "Logging to console, file (filename: log.log)", "logging_to")
        emit("info", "z2m", "Starting Zigbee2MQTT version 1.42.0 (commit #2d4ec3a)", "starting_z2m")
        emit("info", "z2m", "Starting zigbee-herdsman (2.1.9)", "starting_herdsman")
        emit("info", "zh:ember", "======== Ember Adapter Starting ========", "ember_starting")
        emit("info", "zh:ember:ezsp", "======== EZSP starting ========", "ezsp_starting")
        emit("info", "zh:ember:uart:ash", "======== ASH NCP reset ========", "ash_reset")
        emit("info", "zh:ember:uart:ash", "RTS/CTS config is off, enabling software flow control.", "ash_flow")
        emit("info", "zh:ember:uart:ash", "Serial port opened", "ash_port_opened")
        emit("info", "zh:ember:uart:ash", "======== ASH starting ========", "ash_starting")
        emit("info", "zh:ember:uart:ash", "======== ASH connected ========", "ash_connected")
        emit("info", "zh:ember:uart:ash", "======== ASH started ========", "ash_started")
        emit("info", "zh:ember:ezsp", "======== EZSP started ========", "ezsp_started")
        emit("info", "zh:ember", "Adapter EZSP protocol version (13) lower than Host. Switching.", "ezsp_version_switch")
        emit("info", "zh:ember", "[STACK STATUS] Network up.", "stack_network_up")
        emit("info", "zh:ember", "[INIT TC] Adapter network matches config.", "init_tc_matches")
        emit("info", "zh:ember", "[CONCENTRATOR] Started source route discovery. 1250ms until next broadcast.", "concentrator")
        emit("info", "z2m", "zigbee-herdsman started (resumed)", "herdsman_started")
        emit("info", "z2m", "Coordinator firmware version: '{\"meta\":{\"build\":0,\"ezsp\":13,\"major\":7,\"minor\":4,\"patch\":4,\"revision\":\"7.4.4 [GA]\",\"special\":0,\"type\":170},\"type\":\"EmberZNet\"}'", "coordinator_fw")
        emit("info", "z2m", f"Currently {len(devs)} devices are joined.", "devices_joined")
        for d in devs:
            emit("info", "z2m", f"{d[0]} ({d[1]}): {d[2]} - {d[3]} ({d[4]})", "device_row")
        emit("info", "z2m", "Zigbee: disabling joining new devices.", "disable_join")
        emit("info", "z2m", "Connecting to MQTT server at mqtt://core-mosquitto:1883", "mqtt_connecting")
        emit("info", "z2m", "Connected to MQTT server", "mqtt_connected")
        publish("zigbee2mqtt/bridge/state", "{\"state\":\"online\"}")
        emit("info", "z2m", "Started frontend on port 8099", "frontend_started")
        emit("info", "z2m", "Zigbee2MQTT started!", "started")

    def report():
        state(g.c(devs))

    def cmd():
        d = g.c([x for x in devs if x[4] == "Router"])
        if g.r.random() < 0.85:
            state(d)
        else:
            emit("error", "z2m", f"Publish 'set' 'state' to '{d[1]}' failed: 'Error: ZCL command {d[0]}/{g.c([1, 11])} genOnOff.{g.c(['on', 'off', 'toggle'])}({{}}, {{\"timeout\":10000,\"disableResponse\":false,\"disableRecovery\":false,\"disableDefaultResponse\":false,\"direction\":0,\"reservedBits\":0,\"writeUndiv\":false}}) failed (Delivery failed for '{g.num(1000, 60000)}'.)'", "publish_set_failed")

    def availability():
        d = g.c(devs)
        publish(f"zigbee2mqtt/{d[1]}/availability", json.dumps({"state": g.c(["online", "online", "offline"])}, separators=(",", ":")))

    def announce():
        d = g.c(devs)
        emit("info", "z2m", f"Device '{d[1]}' announced itself", "announced")
        publish("zigbee2mqtt/bridge/event", json.dumps({"data": {"friendly_name": d[1], "ieee_address": d[0]}, "type": "device_announce"}, separators=(",", ":")))
        st["power_outage"][d[0]] += 1

    def ota():
        d = g.c([x for x in devs if x[5] == "light"])
        emit("info", "z2m", f"Checking if update available for '{d[1]}'", "ota_checking")
        if g.r.random() < 0.85:
            emit("info", "z2m", f"No update available for '{d[1]}'", "ota_none")
        else:
            emit("info", "z2m", f"Update available for '{d[1]}'", "ota_available")

    def route_err():
        emit("warning", "zh:ember", f"Delivery of UNICAST failed for '{g.num(1000, 60000)}' [apsFrame={{\"profileId\":260,\"clusterId\":{g.c([6, 8, 768, 1026])},\"sourceEndpoint\":1,\"destinationEndpoint\":{g.c([1, 11])},\"options\":4416,\"groupId\":0,\"sequence\":{g.num(0, 255)}}} messageTag={g.num(1, 255)}]", "delivery_failed")

    def unsupported():
        emit("warning", "z2m", f"Received message from unsupported device with Zigbee model '{g.c(['TS0601', 'lumi.sensor_ht.agl02'])}' and manufacturer name '{g.c(['_TZE200_bjawzodf', 'LUMI'])}'", "unsupported_device")
        emit("warning", "z2m", "Please see: https://www.zigbee2mqtt.io/advanced/support-new-devices/01_support_new_devices.html", "unsupported_help")

    def join():
        ieee = "0x" + g.hx(16)
        emit("info", "z2m", "Zigbee: allowing new devices to join.", "allow_join")
        publish("zigbee2mqtt/bridge/response/permit_join", "{\"data\":{\"time\":254},\"status\":\"ok\"}")
        L.tick(30)
        emit("info", "z2m", f"Device '{ieee}' joined", "device_joined")
        emit("info", "z2m", f"Starting interview of '{ieee}'", "interview_start")
        L.tick(8)
        if g.r.random() < 0.7:
            emit("info", "z2m", f"Successfully interviewed '{ieee}', device has successfully been paired", "interview_ok")
            emit("info", "z2m", f"Device '{ieee}' is supported, identified as: Aqara Wireless mini switch (WXKG11LM)", "device_supported")
        else:
            emit("error", "z2m", f"Failed to interview '{ieee}', device has not successfully been paired", "interview_failed")
        emit("info", "z2m", "Zigbee: disabling joining new devices.", "disable_join")

    def restart():
        emit("info", "z2m", "Disconnecting from MQTT server", "mqtt_disconnecting")
        emit("info", "z2m", "Stopping zigbee-herdsman...", "herdsman_stopping")
        emit("info", "zh:ember", "======== Ember Adapter Stopped ========", "ember_stopped")
        emit("info", "z2m", "Stopped zigbee-herdsman", "herdsman_stopped")
        emit("info", "z2m", "Stopped Zigbee2MQTT", "stopped")
        L.tick(10)
        startup()

    startup()
    ev = [(60, report), (10, cmd), (4, availability), (1.5, announce), (1, ota), (1.5, route_err), (0.6, unsupported), (0.15, join), (0.04, restart)]
    return L.run(slowed(L, ev, 20), None)


# 15 --------------------------------------------------------------- Icinga 2.14 master /var/log/icinga2/icinga2.log (local time, UTC+1)
def log_icinga2(seed):
    L = Log("icinga2_master", seed, "full", True, True)
    g = L.g
    tz = dt.timezone(dt.timedelta(hours=1))
    agents = [f"{h}.example.com" for h in ["web-01", "web-02", "db-01", "db-02", "mq-01", "lb-01", "backup-01", "mon-sat-01"]]
    svcs = ["http", "disk", "load", "swap", "ssh", "procs", "postgres", "ntp_time", "mem"]
    apiusers = [("root", "10.0.0.5"), ("grafana", "10.0.0.9"), ("ansible", "10.0.0.12")]

    def emit(lv, fac, msg, ev):
        lt = L.t.astimezone(tz)
        L.emit(f"[{lt:%Y-%m-%d %H:%M:%S} +0100] {lv}/{fac}: {msg}", ev, lv, fac)

    def check_ok():
        a = g.c(agents)
        emit("information", "ApiListener", f"New client connection for identity '{a}' from [10.0.{g.num(1, 4)}.{g.num(10, 200)}]:{g.port()}", "new_client_conn")
        emit("information", "ApiListener", f"Sending config updates for endpoint '{a}' in zone '{a}'.", "sending_config")
        emit("information", "ApiListener", f"Finished sending config file updates for endpoint '{a}' in zone '{a}'.", "finished_config")
        emit("information", "ApiListener", f"Syncing runtime objects to endpoint '{a}'.", "syncing_runtime")
        emit("information", "ApiListener", f"Finished syncing runtime objects to endpoint '{a}'.", "finished_runtime")
        emit("information", "ApiListener", f"Finished sending runtime config updates for endpoint '{a}' in zone '{a}'.", "finished_runtime_updates")
        emit("information", "ApiListener", f"Sending replay log for endpoint '{a}' in zone '{a}'.", "sending_replay")
        emit("information", "ApiListener", f"Replayed {g.num(0, 400)} messages.", "replayed")
        emit("information", "ApiListener", f"Finished sending replay log for endpoint '{a}' in zone '{a}'.", "finished_replay")

    def disconnect():
        a = g.c(agents)
        if g.r.random() < 0.5:
            emit("warning", "JsonRpcConnection", f"No messages for identity '{a}' have been received in the last 60 seconds.", "no_messages")
        emit("information", "JsonRpcConnection", f"Disconnecting API client for identity '{a}'", "disconnecting_client")
        emit("warning", "ApiListener", f"Removing API client for endpoint '{a}'. {g.num(0, len(agents) - 1)} API clients left.", "removing_client")

    def reconnect():
        a = g.c(agents)
        emit("information", "ApiListener", f"Reconnecting to endpoint '{a}' via host '{a}' and port '5665'", "reconnecting")
        if g.r.random() < 0.3:
            emit("critical", "ApiListener", f"Cannot connect to host '{a}' on port '5665': {g.c(['Connection refused', 'No route to host', 'Operation canceled'])}", "cannot_connect")
        else:
            emit("information", "ApiListener", f"Finished reconnecting to endpoint '{a}' via host '{a}' and port '5665'", "reconnected")

    def workqueue():
        for n, (comp, name) in [(5, ("ApiListener", "RelayQueue")), (6, ("ApiListener", "SyncQueue")), (8, ("IdoMysqlConnection", "ido-mysql"))]:
            rate = g.f(0, 30, 6).rstrip("0").rstrip(".")
            per = g.num(0, 1800)
            emit("information", "WorkQueue", f"#{n} ({comp}, {name}) items: {g.num(0, 40)}, rate: {rate}/s ({per}/min {per * 5}/5min {per * 15}/15min);", "workqueue")

    def ido():
        emit("information", "IdoMysqlConnection", f"Pending queries: {g.num(1, 400)} (Input: {g.num(5, 90)}/s; Output: {g.num(5, 90)}/s)", "ido_pending")

    def state_dump():
        emit("information", "ConfigObject", "Dumping program state to file '/var/lib/icinga2/icinga2.state'", "dumping_state")

    def notification():
        a = g.c(agents)
        s = g.c(svcs)
        kind = g.c(["Problem", "Problem", "Recovery", "Acknowledgement"])
        user = g.c(["icingaadmin", "oncall", "dba-team"])
        cmd = "mail-service-notification"
        emit("information", "Notification", f"Sending '{kind}' notification '{a}!{s}!{cmd}-{user}' for user '{user}'", "sending_notification")
        L.tick(1)
        if g.r.random() < 0.9:
            emit("information", "Notification", f"Completed sending '{kind}' notification '{a}!{s}!{cmd}-{user}' for checkable '{a}!{s}' and user '{user}' using command '{cmd}'.", "completed_notification")
        else:
            emit("warning", "PluginNotificationTask", f"Notification command for object '{a}!{s}' (PID: {g.num(10000, 99999)}, arguments: '/etc/icinga2/scripts/mail-service-notification.sh' '-4' '{a}' '-6' '' '-b' '' '-c' '' '-d' '{L.t.astimezone(tz):%Y-%m-%d %H:%M:%S} +0100' '-e' '{s}' '-l' '{a}' '-n' '{a}' '-o' 'CRITICAL - Socket timeout' '-r' '{user}@example.com' '-s' 'CRITICAL' '-t' 'PROBLEM' '-u' '{s}') terminated with exit code 1, output: /usr/sbin/sendmail: No such file or directory", "notification_failed")

    def check_fail():
        a = g.c(agents)
        s = g.c(svcs)
        if g.r.random() < 0.5:
            emit("warning", "PluginCheckTask", f"Check command for object '{a}!{s}' (PID: {g.num(10000, 99999)}, arguments: '/usr/lib/nagios/plugins/check_{s}' '-H' '{a}') terminated with exit code 128, output: execvpe(/usr/lib/nagios/plugins/check_{s}) failed: No such file or directory", "check_exec_failed")
        else:
            emit("warning", "Process", f"Killing process group {g.num(10000, 99999)} ('/usr/lib/nagios/plugins/check_{s}' '-H' '{a}' '-t' '30') after timeout of 60 seconds", "process_killed")

    def api_req():
        u, ip = g.c(apiusers)
        method, path = g.c([("GET", "/v1/objects/services?filter=service.state!=0"), ("GET", "/v1/status/CIB"), ("POST", "/v1/actions/acknowledge-problem"), ("GET", "/v1/objects/hosts"),
                            ("POST", "/v1/actions/schedule-downtime"), ("PUT", f"/v1/objects/hosts/{g.c(agents)}")])
        emit("information", "HttpServerConnection", f"Request {method} {path} (from [{ip}]:{g.port()}, user: {u}, agent: {g.c(['curl/8.5.0', 'Grafana/11.3.1', 'ansible-httpget'])}, status: {g.c(['OK', 'OK', 'OK', 'Not Found', 'Unauthorized'])}) took total {g.num(1, 900)}ms.", "http_request")

    def downtime():
        a = g.c(agents)
        s = g.c(svcs)
        did = f"{a}!{s}!{g.uuid()}"
        if g.r.random() < 0.5:
            emit("information", "Downtime", f"Removed downtime '{did}' from checkable '{a}!{s}' (Reason: expired at {L.t.astimezone(tz):%Y-%m-%d %H:%M:%S} +0100).", "downtime_removed")
        else:
            emit("information", "Downtime", f"Triggering downtime '{did}' for checkable '{a}!{s}'.", "downtime_triggered")

    def ido_fail():
        emit("critical", "IdoMysqlConnection", "Connection to database 'icinga' with user 'icinga' on 'db-01.example.com:3306' failed: \"Can't connect to MySQL server on 'db-01.example.com' (111)\"", "ido_connect_failed")
        L.tick(30)
        emit("information", "IdoMysqlConnection", "MySQL IDO instance id: 1 (schema version: '1.15.1')", "ido_instance")
        emit("information", "IdoMysqlConnection", f"Finished reconnecting to MySQL IDO database in {g.f(0.01, 2, 6).rstrip('0')} second(s).", "ido_reconnected")

    def reload():
        emit("information", "Application", "Received request to shut down.", "shutdown_request")
        emit("information", "Application", f"Got reload command: Started new instance with PID '{g.num(10000, 99999)}' (timeout is 300s).", "reload_command")
        L.tick(3)
        emit("information", "cli", "Icinga application loader (version: r2.14.3-1)", "loader")
        emit("information", "cli", "Loading configuration file(s).", "loading_config")
        emit("information", "ConfigItem", "Committing config item(s).", "committing")
        for n, typ in [(1, "IcingaApplication"), (len(agents) + 1, "Endpoints"), (len(agents) + 1, "Zones"), (len(agents) * 2, "Hosts"), (len(agents) * len(svcs), "Services"),
                       (3, "Users"), (2, "UserGroups"), (1, "ApiListener"), (1, "IdoMysqlConnection"), (1, "CheckerComponent"), (1, "NotificationComponent")]:
            emit("information", "ConfigItem", f"Instantiated {n} {typ}.", "instantiated")
        emit("information", "ConfigItem", "Triggering Start signal for config items", "start_signal")
        emit("information", "ApiListener", "Adding new listener on port '5665'", "adding_listener")
        emit("information", "DbConnection", "'ido-mysql' started.", "db_started")
        emit("information", "CheckerComponent", "'checker' started.", "checker_started")
        emit("information", "ConfigItem", "Activated all objects.", "activated")

    ev = [(10, check_ok), (6, disconnect), (5, reconnect), (12, workqueue), (10, ido), (4, state_dump), (5, notification), (4, check_fail), (18, api_req), (2, downtime), (0.2, ido_fail), (0.12, reload)]
    return L.run(slowed(L, ev, 8), None)


# 16 --------------------------------------------------------------- MIT Kerberos 1.20 KDC, krb5kdc and kadmind both logging to FILE:/var/log/krb5.log (one small realm)
def log_krb5kdc(seed):
    L = Log("mit_krb5kdc", seed, "noyear", True, True)
    g = L.g
    host = "kdc1.example.com"
    pids = {"krb5kdc": g.num(700, 2000), "kadmind": g.num(700, 2000)}
    R = "EXAMPLE.COM"
    users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "svc-backup", "svc-jenkins"]
    hosts = [f"{h}.example.com" for h in ["web01", "web02", "db01", "files01", "jenkins", "ws-alice", "ws-bob", "ws-carol"]]
    services = [f"HTTP/{h}" for h in hosts[:2]] + [f"host/{h}" for h in hosts] + ["nfs/files01.example.com", "ldap/ldap1.example.com", "postgres/db01.example.com", "cifs/files01.example.com"]
    ips = {h: f"10.0.{g.num(1, 3)}.{g.num(10, 240)}" for h in hosts}
    LINUX = "4 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19)}"
    WIN = "5 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), DEPRECATED:arcfour-hmac(23), DEPRECATED:arcfour-hmac-exp(24), -135}"
    JAVA = "6 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19), DEPRECATED:des3-cbc-sha1(16), DEPRECATED:arcfour-hmac(23)}"
    REP = "etypes {rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}"
    st = {"fd": 12}

    def emit(prog, lv, msg, ev):
        L.emit(f"{L.t:%b %d %H:%M:%S} {host} {prog}[{pids[prog]}]({lv}): {msg}", ev, lv, prog)

    def client():
        h = g.c(hosts)
        return h, ips[h], (WIN if h.startswith("ws-") else g.c([LINUX, LINUX, JAVA]))

    def fd_close():
        if g.r.random() < 0.35:
            st["fd"] = g.num(12, 30)
            emit("krb5kdc", "info", f"closing down fd {st['fd']}", "closing_fd")

    def login():
        h, ip, et = client()
        u = g.c(users) if not h.startswith("ws-") else h[3:].split(".")[0]
        princ = f"{u}@{R}"
        auth = int(L.t.timestamp())
        emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: NEEDED_PREAUTH: {princ} for krbtgt/{R}@{R}, Additional pre-authentication required", "as_req_failed")
        L.tick(0.05)
        if g.r.random() < 0.12:
            emit("krb5kdc", "info", "preauth (encrypted_timestamp) verify failure: Preauthentication failed", "preauth_verify_failure")
            emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: PREAUTH_FAILED: {princ} for krbtgt/{R}@{R}, Preauthentication failed", "as_req_failed")
            fd_close()
            return
        emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: ISSUE: authtime {auth}, {REP}, {princ} for krbtgt/{R}@{R}", "as_req_issue")
        fd_close()
        for _ in range(g.num(0, 3)):
            L.tick(0.3)
            tgs(ip, et, princ, auth)

    def host_keytab():
        h = g.c(hosts[:5])
        ip = ips[h]
        auth = int(L.t.timestamp())
        princ = f"host/{h}@{R}"
        emit("krb5kdc", "info", f"AS_REQ ({LINUX}) {ip}: ISSUE: authtime {auth}, {REP}, {princ} for krbtgt/{R}@{R}", "as_req_issue")
        tgs(ip, LINUX, princ, auth, svc=f"ldap/ldap1.example.com@{R}")

    def tgs(ip=None, et=None, princ=None, auth=None, svc=None):
        if ip is None:
            h, ip, et = client()
            princ = f"{g.c(users)}@{R}"
            auth = int(L.t.timestamp()) - g.num(60, 36000)
        s = svc or f"{g.c(services)}@{R}"
        if g.r.random() < 0.06:
            s = f"{g.c(['HTTP/old-intranet.example.com', 'host/decom-db02.example.com', 'cifs/FILES01', 'HTTP/web01'])}@{R}"
            emit("krb5kdc", "info", f"TGS_REQ ({et}) {ip}: LOOKING_UP_SERVER: authtime 0,  {princ} for {s}, Server not found in Kerberos database", "tgs_req")
        elif g.r.random() < 0.03:
            emit("krb5kdc", "info", f"TGS_REQ ({et}) {ip}: PROCESS_TGS: authtime 0,  {princ} for {s}, Ticket expired", "tgs_req")
        else:
            emit("krb5kdc", "info", f"TGS_REQ ({et}) {ip}: ISSUE: authtime {auth}, {REP}, {princ} for {s}", "tgs_req")
        fd_close()

    def unknown_client():
        h, ip, et = client()
        u = g.c(["administrator", "admin", "test", "guest", "Alice", "root", "backup"])
        emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: CLIENT_NOT_FOUND: {u}@{R} for krbtgt/{R}@{R}, Client not found in Kerberos database", "as_req_failed")

    def lockout():
        h, ip, et = client()
        emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: LOCKED_OUT: {g.c(users)}@{R} for krbtgt/{R}@{R}, Client's credentials have been revoked", "as_req_failed")

    def expired():
        h, ip, et = client()
        emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: CLIENT KEY EXPIRED: {g.c(users)}@{R} for kadmin/changepw@{R}, Password has expired", "as_req_failed")

    def retrans():
        h, ip, et = client()
        emit("krb5kdc", "info", f"DISPATCH: repeated (retransmitted?) request from {ip}, resending previous response", "dispatch_repeated")

    def kadmin():
        ip = "10.0.0.5"
        admin = g.c(["admin/admin", "alice/admin"])
        emit("kadmind", "Notice", f"Request: kadm5_init, {admin}@{R}, success, client={admin}@{R}, service=kadmin/admin@{R}, addr={ip}, vers=4, flavor=6", "kadm_request")
        for _ in range(g.num(1, 4)):
            op, target, res = g.c([("kadm5_get_principal", f"{g.c(users)}@{R}", "success"), ("kadm5_get_principal", f"nobody@{R}", "Principal does not exist"),
                                   ("kadm5_randkey_principal", f"host/{g.c(hosts)}@{R}", "success"), ("kadm5_create_principal", f"{g.c(['heidi', 'ivan', 'judy'])}@{R}", "success"),
                                   ("kadm5_modify_principal", f"{g.c(users)}@{R}", "success"), ("kadm5_get_policy", "default", "success"), ("kadm5_get_strings", f"{g.c(users)}@{R}", "success")])
            emit("kadmind", "Notice", f"Request: {op}, {target}, {res}, client={admin}@{R}, service=kadmin/admin@{R}, addr={ip}, vers=4, flavor=6", "kadm_request")
        emit("kadmind", "info", f"closing down fd {g.num(20, 40)}", "closing_fd")

    def kadm_auth_fail():
        ip = g.c(list(ips.values()))
        emit("kadmind", "Notice", f"Authentication attempt failed: {ip}, GSS-API error strings are:", "gss_auth_failed")
        GSS = {"Request is a replay": "gss_replay", "Unspecified GSS failure.  Minor code may provide more information": "gss_unspecified",
               "Clock skew too great": "gss_clock_skew", "Decrypt integrity check failed": "gss_decrypt_integrity"}
        m = g.c(["Request is a replay", "Unspecified GSS failure.  Minor code may provide more information"])
        emit("kadmind", "Notice", m, GSS[m])
        if g.r.random() < 0.5:
            m = g.c(["Request is a replay", "Clock skew too great", "Decrypt integrity check failed"])
            emit("kadmind", "Notice", m, GSS[m])
        emit("kadmind", "Notice", "GSS-API error strings complete.", "gss_errors_complete")

    def chpw():
        h, ip, et = client()
        u = g.c(users)
        emit("krb5kdc", "info", f"AS_REQ ({et}) {ip}: ISSUE: authtime {int(L.t.timestamp())}, {REP}, {u}@{R} for kadmin/changepw@{R}", "as_req_issue")
        emit("kadmind", "Notice", f"chpw request from {ip} for {u}@{R}: {g.c(['success', 'success', 'Password is too short', 'Password does not contain enough character classes', 'Password is in the password dictionary'])}", "chpw_request")

    def restart():
        emit("krb5kdc", "info", "shutting down", "shutting_down")
        L.tick(2)
        pids["krb5kdc"] = g.num(700, 90000)
        emit("krb5kdc", "info", "setting up network...", "setting_up_network")
        for n, addr in [(9, "::.88"), (10, "0.0.0.0.88")]:
            emit("krb5kdc", "info", f"setsockopt({n},IPV6_V6ONLY,1) worked", "setsockopt")
        for proto in ["UDP", "TCP"]:
            for addr in ["0.0.0.0.88", "::.88", "0.0.0.0.750", "::.750"]:
                emit("krb5kdc", "info", f"Listening on {proto} address {addr}", "listening")
        emit("krb5kdc", "info", "set up 8 sockets", "set_up_sockets")
        emit("krb5kdc", "info", "commencing operation", "commencing")

    ev = [(40, login), (18, tgs), (6, host_keytab), (4, unknown_client), (0.6, lockout), (0.6, expired), (2, retrans), (1.2, kadmin), (0.8, kadm_auth_fail), (0.8, chpw), (0.05, restart)]
    return L.run(slowed(L, ev, 8), None)


# 17 --------------------------------------------------------------- SSSD 2.9 backend log /var/log/sssd/sssd_example.com.log (debug_level = 7, debug_microseconds = true), LDAP id/auth provider
def log_sssd(seed):
    L = Log("sssd_backend", seed, "full", True, True)
    g = L.g
    dom = "example.com"
    prog = f"be[{dom}]"
    users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "jenkins", "postgres", "deploy"]
    groups = ["developers", "ops", "dba", "wheel", "docker", "vpn-users"]
    st = {"rid": g.num(100, 9000), "cid": g.num(1, 20), "acct": g.num(100, 9000), "server": "ldap1.example.com"}

    def emit(func, lvl, msg, ev, rid=None):
        t = L.t
        r = f"[RID#{rid}] " if rid else ""
        L.emit(f"({t:%Y-%m-%d %H:%M:%S}:{us6(t)}): [{prog}] [{func}] ({lvl}): {r}{msg}", ev, lvl, f"{prog}|{func}")

    def new_rid():
        st["rid"] += 1
        return st["rid"]

    def dp_begin(kind, what, rid):
        st["acct"] += 1
        n = st["acct"]
        cid = g.num(1, 40)
        emit("dp_get_account_info_send" if kind == "Account" else "dp_pam_handler", "0x0200", f"Got request for [{what}]" if kind == "Account" else "Got request with the following data", "got_request" if kind == "Account" else "pam_got_request", rid)
        emit("dp_attach_req", "0x0400", f"DP Request [{kind} #{n}]: REQ_TRACE: New request. [sssd.{'pam' if kind.startswith('PAM') else 'nss'} CID #{cid}] Flags [0x000{g.c([1, 1, 2])}].", "dp_new_request", rid)
        emit("dp_attach_req", "0x0400", f"Number of active DP request: {g.num(1, 4)}", "dp_active", rid)
        return n

    def dp_end(kind, n, rid, ok=True):
        emit("dp_req_done", "0x0400", f"DP Request [{kind} #{n}]: Request handler finished [{0 if ok else 5}]: {'Success' if ok else 'Input/output error'}", "dp_handler_finished", rid)
        emit("_dp_req_recv", "0x0400", f"DP Request [{kind} #{n}]: Receiving request data.", "dp_receiving", rid)
        emit("dp_req_destructor", "0x0400", f"DP Request [{kind} #{n}]: Request removed.", "dp_removed", rid)
        emit("dp_req_destructor", "0x0400", f"Number of active DP request: {g.num(0, 3)}", "dp_active", rid)

    def search(rid, filt, base="dc=example,dc=com"):
        emit("sdap_get_generic_ext_step", "0x0400", f"calling ldap_search_ext with [{filt}][{base}].", "ldap_search_ext", rid)
        L.tick(0.01)
        res = g.c(["Success(0), no errmsg set"] * 12 + ["Size limit exceeded(4), no errmsg set"])
        emit("sdap_get_generic_op_finished", "0x0400", f"Search result: {res}", "search_result", rid)

    def user_lookup():
        rid = new_rid()
        u = g.c(users)
        n = dp_begin("Account", f"0x1][BE_REQ_USER][name={u}@{dom}", rid)
        emit("sdap_search_user_next_base", "0x0400", f"Searching for users with base [dc={dom.split('.')[0]},dc={dom.split('.')[1]}]", "search_users", rid)
        search(rid, f"(&(uid={u})(objectclass=posixAccount)(uid=*)(&(uidNumber=*)(!(uidNumber=0))))")
        found = u not in ("postgres",)
        emit("sdap_search_user_process", "0x0400", f"Search for users, returned {1 if found else 0} results.", "users_returned", rid)
        if found:
            emit("sdap_save_user", "0x0400", "Save user", "save_user", rid)
            emit("sdap_get_primary_name", "0x0400", f"Processing object {u}", "processing_object", rid)
            emit("sdap_save_user", "0x0400", f"Processing user {u}@{dom}", "processing_user", rid)
            emit("sdap_save_user", "0x0400", f"Storing info for user {u}@{dom}", "storing_user", rid)
        else:
            emit("sysdb_search_by_name", "0x0400", "No such entry", "no_such_entry", rid)
            emit("sysdb_delete_user", "0x0400", "Error: 2 (No such file or directory)", "delete_user_enoent", rid)
        dp_end("Account", n, rid)

    def initgroups():
        rid = new_rid()
        u = g.c(users)
        n = dp_begin("Initgroups", f"0x3][BE_REQ_INITGROUPS][name={u}@{dom}", rid)
        emit("sdap_get_initgr_user", "0x0400", "Receiving info for the user", "initgr_receiving", rid)
        search(rid, f"(&(uid={u})(objectclass=posixAccount))")
        emit("sdap_get_initgr_user", "0x0400", "Storing the user", "initgr_storing", rid)
        emit("sdap_get_groups_next_base", "0x0400", "Searching for groups with base [dc=example,dc=com]", "search_groups", rid)
        search(rid, f"(&(memberuid={u})(objectClass=posixGroup)(cn=*)(&(gidNumber=*)(!(gidNumber=0))))")
        for gr in g.r.sample(groups, g.num(1, 4)):
            emit("sdap_save_group", "0x0400", f"Processing group {gr}@{dom}", "processing_group", rid)
        dp_end("Initgroups", n, rid)

    def pam_auth():
        rid = new_rid()
        u = g.c(users[:7])
        n = dp_begin("PAM Authenticate", None, rid)
        svc = g.c(["sshd", "sshd", "sudo", "login", "gdm-password"])
        for key, val, ev in [("command", "SSS_PAM_AUTHENTICATE", "pam_command"), ("domain", dom, "pam_domain"), ("user", f"{u}@{dom}", "pam_user"), ("service", svc, "pam_service"),
                             ("tty", "ssh" if svc == "sshd" else "/dev/pts/" + str(g.num(0, 9)), "pam_tty"), ("ruser", "not set" if svc != "sudo" else u, "pam_ruser"),
                             ("rhost", f"10.0.{g.num(1, 3)}.{g.num(10, 240)}" if svc == "sshd" else "not set", "pam_rhost"), ("authtok type", "1 (Password)", "pam_authtok_type"),
                             ("newauthtok type", "0 (No authentication token available)", "pam_newauthtok_type"), ("priv", str(g.c([0, 1])), "pam_priv"),
                             ("cli_pid", str(g.num(1000, 90000)), "pam_cli_pid"), ("child_pid", "0", "pam_child_pid"), ("logon name", "not set", "pam_logon_name"), ("flags", "0", "pam_flags")]:
            emit("pam_print_data", "0x0100", f"{key}: {val}", ev, rid)
        emit("fo_resolve_service_send", "0x0100", "Trying to resolve service 'LDAP'", "resolving_service", rid)
        ok = g.r.random() < 0.85
        emit("simple_bind_send", "0x0100", f"Executing simple bind as: uid={u},ou=people,dc=example,dc=com", "simple_bind", rid)
        emit("simple_bind_done", "0x0400", f"Bind result: {'Success(0), no errmsg set' if ok else 'Invalid credentials(49), no errmsg set'}", "bind_result", rid)
        emit("dp_pam_reply", "0x1000", f"DP Request [PAM Authenticate #{n}]: Sending result [{0 if ok else 7}][{dom}]", "pam_sending_result", rid)
        dp_end("PAM Authenticate", n, rid)

    def conn_fail():
        rid = new_rid()
        srv = "ldap2.example.com"
        emit("fo_resolve_service_send", "0x0100", "Trying to resolve service 'LDAP'", "resolving_service", rid)
        emit("be_resolve_server_process", "0x0200", f"Found address for server {srv}: [10.0.0.{g.num(11, 12)}] TTL 7200", "found_address", rid)
        emit("sdap_async_sys_connect_done", "0x0020", "connect failed [111][Connection refused].", "connect_failed", rid)
        emit("sss_ldap_init_sys_connect_done", "0x0020", f"sdap_async_sys_connect request failed: [111]: Connection refused [ldap://{srv}:389].", "sys_connect_failed", rid)
        emit("sdap_sys_connect_done", "0x0020", "sdap_async_connect_call request failed: [111]: Connection refused.", "connect_call_failed", rid)
        emit("fo_set_port_status", "0x0100", f"Marking port 389 of server '{srv}' as 'not working'", "port_not_working", rid)
        emit("fo_resolve_service_send", "0x0100", "Trying to resolve service 'LDAP'", "resolving_service", rid)
        emit("be_resolve_server_process", "0x0200", "Found address for server ldap1.example.com: [10.0.0.10] TTL 7200", "found_address", rid)

    def ptask():
        name = g.c(["Check if online (ping)", "Refresh Records", "Cleanup of LDAP", "Check if online (ping)"])
        emit("be_ptask_execute", "0x0400", f"Task [{name}]: executing task, timeout {g.c([60, 3600])} seconds", "ptask_executing")
        L.tick(0.2)
        emit("be_ptask_done", "0x0400", f"Task [{name}]: finished successfully", "ptask_done")
        emit("be_ptask_schedule", "0x0400", f"Task [{name}]: scheduling task {g.num(20, 3600)} seconds from last execution time [{int(L.t.timestamp()) + g.num(20, 3600)}]", "ptask_schedule")

    def offline():
        emit("be_mark_dom_offline", "0x1000", "Marking back end offline.", "mark_offline")
        emit("be_run_offline_cb", "0x0080", "Going offline. Running callbacks.", "going_offline")
        L.tick(30)
        emit("be_run_online_cb", "0x0080", "Going online. Running callbacks.", "going_online")

    def minor():
        emit("sysdb_get_real_name", "0x0040", f"Cannot find user [{g.c(['nobody', 'www-data', 'systemd-resolve', 'ubuntu'])}@{dom}] in cache", "cannot_find_user")

    ev = [(22, user_lookup), (14, initgroups), (10, pam_auth), (0.6, conn_fail), (4, ptask), (0.15, offline), (3, minor)]
    return L.run(ev, None)


# 18 --------------------------------------------------------------- Windows Server 2022 file server: `wevtutil qe System /f:text /rd:true /c:400` saved to a file (newest first)
def log_windows_events(seed):
    L = Log("windows_wevtutil_text", seed, "full", True, False)
    g = L.g
    comp = "FS01.corp.example.com"
    svcs_run = ["Windows Modules Installer", "Windows Update", "Background Intelligent Transfer Service", "WinHTTP Web Proxy Auto-Discovery Service", "Windows Defender Antivirus Network Inspection Service",
                "Microsoft Account Sign-in Assistant", "Software Protection", "Windows Error Reporting Service", "Device Setup Manager", "Microsoft Store Install Service",
                "Update Orchestrator Service", "Delivery Optimization", "Network Setup Service", "Volume Shadow Copy", "Microsoft Software Shadow Copy Provider", "Windows Installer"]
    SYS = ("S-1-5-18", "NT AUTHORITY\\SYSTEM")
    NET = ("S-1-5-20", "NT AUTHORITY\\NETWORK SERVICE")
    NA = ("N/A", "N/A")
    records = []
    ERRS = {"The system cannot find the file specified.": "d_err_file_not_found", "The service did not respond to the start or control request in a timely fashion.": "d_err_not_timely",
            "Access is denied.": "d_err_access_denied", "The specified module could not be found.": "d_err_module_not_found", "Catastrophic failure": "d_err_catastrophic",
            "There are currently no logon servers available to service the logon request. ": "d_err_no_logon_servers", "The RPC server is unavailable. ": "d_err_rpc_unavailable"}

    def err(text):
        return (text, ERRS[text])

    def rec(source, eid, level, desc, task="N/A", opcode="N/A", keyword="Classic", user=NA):
        t = L.t
        rows = [("  Log Name: System", "f_log_name"), (f"  Source: {source}", "f_source"), (f"  Date: {t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}0Z", "f_date"),
                (f"  Event ID: {eid}", "f_event_id"), (f"  Task: {task}", "f_task"), (f"  Level: {level}", "f_level"), (f"  Opcode: {opcode}", "f_opcode"),
                (f"  Keyword: {keyword}", "f_keyword"), (f"  User: {user[0]}", "f_user"), (f"  User Name: {user[1]}", "f_user_name"), (f"  Computer: {comp}", "f_computer"),
                ("  Description: ", "f_description")] + desc + [("", "blank")]
        records.append((t, level, rows))

    def scm_state():
        s = g.c(svcs_run)
        rec("Service Control Manager", 7036, "Information", [(f"The {s} service entered the {g.c(['running', 'stopped'])} state.", "d_7036")])

    def scm_start_type():
        s = g.c(["Background Intelligent Transfer Service", "Windows Modules Installer", "Windows Update"])
        a, b = g.r.sample(["auto start", "demand start", "disabled"], 2)
        rec("Service Control Manager", 7040, "Information", [(f"The start type of the {s} service was changed from {a} to {b}.", "d_7040")], user=SYS)

    def dcom():
        clsid, appid = g.c([("{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}", "{15C20B67-12E7-4BB6-92BB-7AFF07997402}"), ("{C2F03A33-21F5-47FA-B4BB-156362A2F239}", "{316CDED5-E4AE-4B15-9113-7055D84DCC97}"),
                            ("{6B3B8D23-FA8D-40B9-8DBD-B950333E2C52}", "{4839DDB7-58C2-48F5-8283-E1D1807D0D7D}")])
        user, sid = g.c([("NT AUTHORITY\\SYSTEM", "S-1-5-18"), ("NT AUTHORITY\\LOCAL SERVICE", "S-1-5-19"), ("CORP\\svc-backup", "S-1-5-21-3623811015-3361044348-30300820-1013")])
        rec("Microsoft-Windows-DistributedCOM", 10016, "Warning",
            [("The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID ", "d_10016_a"), (clsid, "d_bare_guid"),
             (" and APPID ", "d_10016_b"), (appid, "d_bare_guid"),
             (f" to the user {user} SID ({sid}) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool.", "d_10016_c")],
            keyword="Classic", user=(sid, user))

    def dns():
        rec("Microsoft-Windows-DNS-Client", 1014, "Warning", [(f"Name resolution for the name {g.c(['wpad.corp.example.com', 'settings-win.data.microsoft.com', 'ctldl.windowsupdate.com', 'dc02.corp.example.com', '_ldap._tcp.dc._msdcs.corp.example.com'])} timed out after none of the configured DNS servers responded.", "d_1014")],
            task="(1014)", opcode="Info", keyword="(268435456)", user=NET)

    def hive():
        u = g.c(["alice", "bob", "svc-backup", "Administrator"])
        rec("Microsoft-Windows-Kernel-General", 16, "Information",
            [(f"The access history in hive \\??\\C:\\Users\\{u}\\AppData\\Local\\Packages\\{g.c(['Microsoft.Windows.StartMenuExperienceHost_cw5n1h2txyewy', 'MicrosoftWindows.Client.CBS_cw5n1h2txyewy', 'Microsoft.Windows.ShellExperienceHost_cw5n1h2txyewy'])}\\Settings\\settings.dat was cleared updating {g.num(1, 900)} keys and creating {g.num(1, 90)} modified pages.", "d_16")],
            opcode="Info", keyword="N/A", user=SYS)

    def timechange():
        a = L.t
        b = a - dt.timedelta(microseconds=g.num(1000, 900000))
        lrm = "\u200e"

        def s(x):
            return f"{lrm}{x:%Y}{lrm}-{lrm}{x:%m}{lrm}-{lrm}{x:%d}T{x:%H:%M:%S}.{x.microsecond:06d}{g.num(0, 999):03d}Z"
        rec("Microsoft-Windows-Kernel-General", 1, "Information",
            [(f"The system time has changed to {s(a)} from {s(b)}.", "d_1"), ("", "blank"), (f"Change Reason: {g.c(['System time synchronized with the hardware clock.', 'An application or system component changed the time.'])}", "d_1_reason")],
            opcode="Info", keyword="Time", user=g.c([SYS, ("S-1-5-19", "NT AUTHORITY\\LOCAL SERVICE")]))

    def crashed():
        s = g.c(["Windows Defender Antivirus Service", "Print Spooler", "Veeam Backup Transport Service", "Windows Search"])
        n = g.num(1, 3)
        rec("Service Control Manager", 7031, "Error", [(f"The {s} service terminated unexpectedly.  It has done this {n} time(s).  The following corrective action will be taken in {g.c([60000, 120000, 0])} milliseconds: Restart the service.", "d_7031")])

    def failed_start():
        s = g.c(["Veeam Backup VSS Integration Service", "Intel(R) Management and Security Application Local Management Service", "Dell SupportAssist Remediation"])
        rec("Service Control Manager", 7000, "Error", [(f"The {s} service failed to start due to the following error: ", "d_7000"),
                                                         err(g.c(["The system cannot find the file specified.", "The service did not respond to the start or control request in a timely fashion.", "Access is denied."]))])

    def timeout():
        s = g.c(["Veeam Backup VSS Integration Service", "Dell SupportAssist Remediation"])
        rec("Service Control Manager", 7009, "Error", [(f"A timeout was reached (30000 milliseconds) while waiting for the {s} service to connect.", "d_7009")])

    def terminated():
        s = g.c(["Windows Update", "Connected Devices Platform Service", "Distributed Link Tracking Client"])
        rec("Service Control Manager", 7023, "Error", [(f"The {s} service terminated with the following error: ", "d_7023"),
                                                         err(g.c(["The system cannot find the file specified.", "The specified module could not be found.", "Catastrophic failure"]))])

    KBS = [("2026-11 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5046616)", "{8D4E5A33-7C21-4F8E-9B52-0B2F7D3E1A90}"),
           ("Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1234.0) - Current Channel (Broad)", "{E3B0C442-98FC-4C14-9AFB-F4C8996FB924}"),
           ("2026-11 Cumulative Update for .NET Framework 3.5, 4.8 and 4.8.1 for Microsoft server operating system version 21H2 for x64 (KB5046542)", "{1F3D2C7E-0A4B-4E1D-8C9F-5B6A7D8E9F01}")]

    def wu():
        kb, guid = g.c(KBS)
        r = g.r.random()
        if r < 0.3:
            rec("Microsoft-Windows-WindowsUpdateClient", 44, "Information", [("Windows Update started downloading an update.", "d_44")], task="Windows Update Agent", opcode="Start", keyword="Windows Update Agent", user=SYS)
        elif r < 0.6:
            rec("Microsoft-Windows-WindowsUpdateClient", 43, "Information", [(f"Installation Started: Windows has started installing the following update: {kb}", "d_43")], task="Windows Update Agent", opcode="Installation", keyword="Started,Installation", user=SYS)
        else:
            rec("Microsoft-Windows-WindowsUpdateClient", 19, "Information", [(f"Installation Successful: Windows successfully installed the following update: {kb}", "d_19")], task="Windows Update Agent", opcode="Installation", keyword="Success,Installation", user=SYS)

    def storahci():
        rec("storahci", 129, "Warning", [(f"Reset to device, \\Device\\RaidPort{g.c([0, 0, 1])}, was issued.", "d_129")])

    def disk():
        rec("disk", 153, "Warning", [(f"The IO operation at logical block address 0x{g.hx(g.num(6, 9))} for Disk {g.c([1, 2, 2, 3])} (PDO name: \\Device\\{g.num(0x30, 0x60):08X}) was retried.", "d_153")])

    def netlogon():
        rec("NETLOGON", 5719, "Error",
            [("This computer was not able to set up a secure session with a domain controller in domain CORP due to the following: ", "d_5719_a"),
             err(g.c(["There are currently no logon servers available to service the logon request. ", "The RPC server is unavailable. "])),
             ("This may lead to authentication problems. Make sure that this computer is connected to the network. If the problem persists, please contact your domain administrator. ", "d_5719_b"),
             ("", "blank"), ("ADDITIONAL INFO ", "d_5719_c"),
             ("If this computer is a domain controller for the specified domain, it sets up the secure session to the primary domain controller emulator in the specified domain. Otherwise, this computer sets up the secure session to any domain controller in the specified domain.", "d_5719_d")])

    def gpo():
        if g.r.random() < 0.85:
            who = g.c(["computer", "computer", "user"])
            rec("Microsoft-Windows-GroupPolicy", 1500 if who == "computer" else 1501, "Information",
                [(f"The Group Policy settings for the {who} were processed successfully. There were no changes detected since the last successful processing of Group Policy.", "d_1500" if who == "computer" else "d_1501")], opcode="(1)", keyword="N/A", user=SYS)
        else:
            rec("Microsoft-Windows-GroupPolicy", 1129, "Error",
                [("The processing of Group Policy failed because of lack of network connectivity to a domain controller. This may be a transient condition. A success message would be generated once the machine gets connected to the domain controller and Group Policy has successfully processed. If you do not see a success message for several hours, then contact your administrator.", "d_1129")],
                opcode="(1)", keyword="N/A", user=SYS)

    def installed():
        name = g.c(["Veeam Installer Service", "MpKslDrv", "PSEXESVC", "Zabbix Agent 2"])
        path = {"Veeam Installer Service": "C:\\Windows\\Veeam\\Backup\\VeeamDeploymentSvc.exe", "MpKslDrv": "\\??\\C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\{" + g.uuid().upper() + "}\\MpKslDrv.sys",
                "PSEXESVC": "%SystemRoot%\\PSEXESVC.exe", "Zabbix Agent 2": "\"C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.exe\" -c \"C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.conf\" -f=false"}[name]
        rec("Service Control Manager", 7045, "Information",
            [("A service was installed in the system.", "d_7045"), ("", "blank"), (f"Service Name:  {name}", "d_7045_name"), (f"Service File Name:  {path}", "d_7045_file"),
             (f"Service Type:  {'kernel mode driver' if name == 'MpKslDrv' else 'user mode service'}", "d_7045_type"), (f"Service Start Type:  {g.c(['demand start', 'auto start'])}", "d_7045_start"),
             (f"Service Account:  {'' if name == 'MpKslDrv' else 'LocalSystem'}", "d_7045_account")], user=g.c([SYS, ("S-1-5-21-3623811015-3361044348-30300820-500", "CORP\\Administrator")]))

    def uptime():
        rec("EventLog", 6013, "Information", [(f"The system uptime is {g.num(10 ** 5, 10 ** 7)} seconds.", "d_6013")])

    def ntp():
        rec("Microsoft-Windows-Time-Service", 37, "Information", [(f"The time provider NtpClient is currently receiving valid time data from {g.c(['dc01.corp.example.com', 'dc02.corp.example.com'])} (ntp.d|0.0.0.0:123->10.0.0.{g.c([10, 11])}:123).", "d_37")], user=("S-1-5-19", "NT AUTHORITY\\LOCAL SERVICE"))

    def dcom_timeout():
        rec("Microsoft-Windows-DistributedCOM", 10010, "Error", [(f"The server {g.c(['{9E175B6D-F52A-11D8-B9A5-505054503030}', '{1B1F472E-3221-4826-97DB-2C2324D389AE}', '{BF6C1E47-86EC-4194-9CE5-13C15DCB2001}'])} did not register with DCOM within the required timeout.", "d_10010")], user=SYS)

    def link():
        rec("Microsoft-Windows-Tcpip", 4201, "Information", [(f"The system detected that network adapter {g.c(['Intel(R) Ethernet Controller X710 for 10GbE SFP+', 'vmxnet3 Ethernet Adapter'])} was connected to the network, and has initiated normal operation over the network adapter.", "d_4201")])

    def restart():
        u = g.c(["alice", "Administrator"])
        rec("User32", 1074, "Information",
            [(f"The process C:\\Windows\\system32\\{g.c(['winlogon.exe', 'TiWorker.exe'])} ({comp.split('.')[0]}) has initiated the restart of computer {comp.split('.')[0]} on behalf of user CORP\\{u} for the following reason: {g.c(['Operating System: Service pack (Planned)', 'No title for this reason could be found'])}", "d_1074"),
             (f" Reason Code: 0x{g.c(['80020010', '500ff'])}", "d_1074_code"), (" Shutdown Type: restart", "d_1074_type"), (" Comment: ", "d_1074_comment")], user=(f"S-1-5-21-3623811015-3361044348-30300820-{g.num(500, 1200)}", f"CORP\\{u}"))
        L.tick(90)
        rec("EventLog", 6005, "Information", [("The Event log service was started.", "d_6005")])
        uptime()

    ev = [(40, scm_state), (3, scm_start_type), (12, dcom), (6, dns), (5, hive), (2.5, timechange), (1, crashed), (0.6, failed_start), (0.4, timeout), (0.6, terminated),
          (5, wu), (0.8, storahci), (1.5, disk), (0.7, netlogon), (6, gpo), (0.6, installed), (1.2, uptime), (3, ntp), (1.2, dcom_timeout), (0.8, link), (0.15, restart)]
    fns = [f for _, f in ev]
    ws = [w for w, _ in ev]
    n = 0
    while n < N_LINES:
        L.tick(40)
        L.r.choices(fns, ws)[0]()
        n = sum(len(r[2]) + 1 for r in records)
    for i, (t, level, rows) in enumerate(reversed(records)):
        L.emit(f"Event[{i}]:", "f_event_header", level, t=t)
        for text, evn in rows:
            L.emit(text, evn, level, t=t)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- dbt-core 1.8 (postgres) `dbt deps && dbt build --target prod` in a scheduled CI job, console output of several runs
def log_dbt(seed):
    L = Log("dbt_build_console", seed, "tod", False, False)
    g = L.g
    stg = ["stg_orders", "stg_customers", "stg_payments", "stg_products", "stg_sessions", "stg_events", "stg_refunds", "stg_shipments", "stg_inventory", "stg_campaigns"]
    interm = ["int_orders_enriched", "int_customer_ltv", "int_sessions_sessionized", "int_payments_pivoted"]
    marts = [("fct_orders", "table"), ("fct_revenue", "table"), ("dim_customers", "table"), ("dim_products", "table"), ("fct_events", "incremental"), ("fct_sessions", "incremental"),
             ("agg_daily_revenue", "table"), ("rpt_marketing_attribution", "view")]
    seeds = ["country_codes", "currency_rates", "holidays"]

    def line(msg, ev):
        L.emit(f"{L.t:%H:%M:%S}  {msg}", ev)

    def raw(text, ev):
        L.emit(text, ev)

    def fancy(i, n, msg, status):
        prefix = f"{i} of {n} {msg} "
        return prefix.ljust(80, ".") + f" [{status}]"

    def nodes():
        out = [("seed", s, "seed", "staging") for s in seeds]
        out += [("model", m, "view", "staging") for m in stg]
        for m in stg:
            col = m.split("_", 1)[1][:-1] + "_id"
            out.append(("test", f"not_null_{m}_{col}", None, None))
            out.append(("test", f"unique_{m}_{col}", None, None))
        out.append(("test", "accepted_values_stg_orders_status__placed__shipped__completed__return_pending__returned", None, None))
        out += [("model", m, "table", "intermediate") for m in interm]
        out += [("model", m, mat, "marts") for m, mat in marts]
        out.append(("test", "relationships_fct_orders_customer_id__customer_id__ref_dim_customers_", None, None))
        out.append(("test", "unique_fct_orders_order_id", None, None))
        out.append(("test", "dbt_utils_expression_is_true_fct_revenue_revenue_0", None, None))
        return out

    def run():
        line("Running with dbt=1.8.7", "running_with")
        line("Updating lock file in file path: /builds/data/analytics/package-lock.yml", "updating_lock")
        line("Installing dbt-labs/dbt_utils", "installing_pkg")
        line("Installed from version 1.3.0", "installed_from")
        line("Up to date!", "up_to_date")
        L.tick(3)
        line("Running with dbt=1.8.7", "running_with")
        line("Registered adapter: postgres=1.8.2", "registered_adapter")
        if g.r.random() < 0.5:
            line("Unable to do partial parsing because saved manifest not found. Starting full parse.", "full_parse")
        L.tick(4)
        if g.r.random() < 0.6:
            line("[WARNING]: Configuration paths exist in your dbt_project.yml file which do not apply to any resources.", "warn_unused_paths")
            raw("There are 1 unused configuration paths:", "unused_paths_count")
            raw("- models.analytics.legacy", "unused_path_item")
        ns = nodes()
        n = len(ns)
        tests = sum(1 for k in ns if k[0] == "test")
        line(f"Found {len(stg) + len(interm) + len(marts)} models, {len(seeds)} seeds, {tests} data tests, 14 sources, 1 exposure, 612 macros", "found")
        line("", "blank_stamp")
        line("Concurrency: 4 threads (target='prod')", "concurrency")
        line("", "blank_stamp")
        t_start = L.t
        queue = list(enumerate(ns, 1))
        running = []
        failed_models = set()
        results = {"PASS": 0, "WARN": 0, "ERROR": 0, "SKIP": 0}
        errors = []
        while queue or running:
            if queue and (len(running) < 4 and (not running or g.r.random() < 0.55)):
                i, (kind, name, mat, schema) = queue.pop(0)
                if kind == "model" and schema == "marts" and any(f in failed_models for f in ["fct_orders"]) and name in ("fct_revenue", "agg_daily_revenue"):
                    line(fancy(i, n, f"SKIP relation {schema}.{name}", "SKIP"), "skip_line")
                    results["SKIP"] += 1
                    continue
                if kind == "seed":
                    desc = f"seed file {schema}.{name}"
                elif kind == "model":
                    desc = f"sql {mat} model {schema}.{name}"
                else:
                    desc = f"test {name}"
                line(fancy(i, n, f"START {desc}", "RUN"), "start_line")
                running.append((i, kind, name, mat, schema, desc, L.t))
            else:
                i, kind, name, mat, schema, desc, t0 = running.pop(g.num(0, len(running) - 1))
                L.tick(0.8)
                secs = (L.t - t0).total_seconds()
                if kind == "seed":
                    line(fancy(i, n, f"OK loaded {desc}", f"INSERT {g.num(10, 400)} in {secs:.2f}s"), "seed_result")
                    results["PASS"] += 1
                elif kind == "model":
                    if name == "fct_orders" and g.r.random() < 0.35:
                        failed_models.add(name)
                        line(fancy(i, n, f"ERROR creating {desc}", f"ERROR in {secs:.2f}s"), "model_result")
                        results["ERROR"] += 1
                        errors.append(("model", name))
                    else:
                        st = {"view": "CREATE VIEW", "table": f"SELECT {g.num(100, 9_000_000)}", "incremental": f"INSERT 0 {g.num(0, 90000)}"}[mat]
                        line(fancy(i, n, f"OK created {desc}", f"{st} in {secs:.2f}s"), "model_result")
                        results["PASS"] += 1
                else:
                    r = g.r.random()
                    if name.startswith("accepted_values") and r < 0.5:
                        k = g.num(1, 9)
                        line(fancy(i, n, f"WARN {k} {name}", f"WARN {k} in {secs:.2f}s"), "test_result")
                        results["WARN"] += 1
                        errors.append(("warn", name, k))
                    elif name.startswith("unique_fct") and r < 0.3:
                        k = g.num(1, 40)
                        line(fancy(i, n, f"FAIL {k} {name}", f"FAIL {k} in {secs:.2f}s"), "test_result")
                        results["ERROR"] += 1
                        errors.append(("fail", name, k))
                    else:
                        line(fancy(i, n, f"PASS {name}", f"PASS in {secs:.2f}s"), "test_result")
                        results["PASS"] += 1
        line("", "blank_stamp")
        el = (L.t - t_start).total_seconds()
        line(f"Finished running {len(seeds)} seeds, {len(stg)} view models, {tests} data tests, {len(interm) + 6} table models, 2 incremental models in 0 hours {int(el // 60)} minutes and {el % 60:.2f} seconds ({el:.2f}s).", "finished_running")
        line("", "blank_stamp")
        nerr = sum(1 for e in errors if e[0] in ("model", "fail"))
        nwarn = sum(1 for e in errors if e[0] == "warn")
        if not errors:
            line("Completed successfully", "completed_ok")
        else:
            line(f"Completed with {nerr} error{'s' if nerr != 1 else ''}, 0 partial successes, and {nwarn} warning{'s' if nwarn != 1 else ''}:", "completed_with")
            for e in errors:
                line("", "blank_stamp")
                if e[0] == "model":
                    line(f"  Database Error in model {e[1]} (models/marts/{e[1]}.sql)", "db_error_head")
                    col = g.c(["amount_usd", "discount_total", "shipping_cost_eur"])
                    raw(f"  column \"{col}\" does not exist", "db_error_text")
                    raw(f"  LINE {g.num(8, 40)}:     sum({col}) as revenue,", "db_error_line")
                    raw("                   ^", "db_error_caret")
                    raw(f"  compiled code at target/run/analytics/models/marts/{e[1]}.sql", "compiled_code")
                elif e[0] == "fail":
                    line(f"Failure in test {e[1]} (models/marts/schema.yml)", "failure_in_test")
                    line(f"  Got {e[2]} result{'s' if e[2] != 1 else ''}, configured to fail if != 0", "got_results")
                    line("", "blank_stamp")
                    line(f"  compiled code at target/compiled/analytics/models/marts/schema.yml/{e[1]}.sql", "compiled_code")
                else:
                    line(f"Warning in test {e[1]} (models/staging/schema.yml)", "warning_in_test")
                    line(f"Got {e[2]} result{'s' if e[2] != 1 else ''}, configured to warn if != 0", "got_results")
                    line("", "blank_stamp")
                    line(f"  compiled code at target/compiled/analytics/models/staging/schema.yml/{e[1][:63]}.sql", "compiled_code")
        line("", "blank_stamp")
        line(f"Done. PASS={results['PASS']} WARN={results['WARN']} ERROR={results['ERROR']} SKIP={results['SKIP']} TOTAL={n}", "done")
        L.tick(3600)

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Klipper v0.12 klippy.log (Raspberry Pi + SKR mini E3), prints, Moonraker clients, a "Timer too close" shutdown
def log_klipper(seed):
    L = Log("klipper_klippy", seed, None, False, False)
    g = L.g
    st = {"up": g.f(20, 40, 1), "printing": False, "pos": 0, "bytes_w": g.num(1000, 9000), "bytes_r": g.num(1000, 9000), "seq": g.num(100, 900), "cpu": 10.0, "bed": 0, "ext": 0,
          "client": g.num(10 ** 9, 4 * 10 ** 9)}
    CFG = ["[include mainsail.cfg]", "", "[mcu]", "serial = /dev/serial/by-id/usb-Klipper_stm32f103xe_31FFD8054255353828891243-if00", "", "[printer]", "kinematics = cartesian",
           "max_velocity = 300", "max_accel = 3000", "max_z_velocity = 5", "max_z_accel = 100", "", "[stepper_x]", "step_pin = PB13", "dir_pin = !PB12", "enable_pin = !PB14",
           "microsteps = 16", "rotation_distance = 40", "endstop_pin = ^PC0", "position_endstop = 0", "position_max = 235", "homing_speed = 50", "", "[extruder]",
           "step_pin = PB3", "dir_pin = !PB4", "enable_pin = !PD2", "microsteps = 16", "rotation_distance = 34.406", "nozzle_diameter = 0.400", "filament_diameter = 1.750",
           "heater_pin = PC8", "sensor_type = EPCOS 100K B57560G104F", "sensor_pin = PA0", "control = pid", "pid_kp = 21.527", "pid_ki = 1.063", "pid_kd = 108.982",
           "min_temp = 0", "max_temp = 250", "", "[heater_bed]", "heater_pin = PC9", "sensor_type = ATC Semitec 104GT-2", "sensor_pin = PC3", "control = pid", "min_temp = 0", "max_temp = 130",
           "", "[bltouch]", "sensor_pin = ^PC14", "control_pin = PA1", "x_offset = -44", "y_offset = -6", "", "[bed_mesh]", "speed = 120", "mesh_min = 10, 10", "mesh_max = 190, 220",
           "probe_count = 3, 3", "", "#*# <---------------------- SAVE_CONFIG ---------------------->", "#*# DO NOT EDIT THIS BLOCK OR BELOW. The contents are auto-generated.", "#*#",
           "#*# [bltouch]", "#*# z_offset = 2.215", "#*#", "#*# [bed_mesh default]", "#*# version = 1", "#*# points =", "#*# 	  0.032500, 0.015000, -0.010000",
           "#*# 	  0.020000, 0.000000, -0.022500", "#*# 	  0.005000, -0.012500, -0.037500", "#*# x_count = 3", "#*# y_count = 3"]

    def e(text, ev):
        L.emit(text, ev)

    def cfg_ev(s):
        if s == "":
            return "blank"
        if s.startswith("#"):
            return "cfg_comment"
        if s.startswith("["):
            return "cfg_section"
        return "cfg_option"

    def startup():
        e("Starting Klippy...", "starting")
        e("Args: ['/home/pi/klipper/klippy/klippy.py', '/home/pi/printer_data/config/printer.cfg', '-I', '/home/pi/printer_data/comms/klippy.serial', '-l', '/home/pi/printer_data/logs/klippy.log', '-a', '/home/pi/printer_data/comms/klippy.sock']", "args")
        e("Git version: 'v0.12.0-396-g2a6b3c4d'", "git_version")
        e("Branch: master", "branch")
        e("Remote: origin", "remote")
        e("Tracked URL: https://github.com/Klipper3d/klipper.git", "tracked_url")
        e("CPU: 4 core ARMv7 Processor rev 4 (v7l)", "cpu")
        e("Python: '3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]'", "python")
        restart_part()

    def restart_part():
        e(f"Start printer at {ctime(L.t)} ({L.t.timestamp():.1f} {float(st['up']):.1f})", "start_printer")
        e("===== Config file =====", "config_begin")
        for s in CFG:
            e(s, cfg_ev(s))
        e("=======================", "config_end")
        e("Extruder max_extrude_ratio=0.266081", "max_extrude_ratio")
        e("mcu 'mcu': Starting serial connect", "serial_connect")
        e("Loaded MCU 'mcu' 112 commands (v0.12.0-396-g2a6b3c4d / gcc: (15:12.2.rel1-1) 12.2.1 20221205 binutils: (2.40-2+18+b1) 2.40)", "loaded_mcu")
        e("MCU 'mcu' config: ADC_MAX=4095 BUS_PINS_i2c1=PB6,PB7 BUS_PINS_spi1=PA6,PA7,PA5 CLOCK_FREQ=72000000 MCU=stm32f103xe PWM_MAX=255 RECEIVE_WINDOW=192 RESERVE_PINS_serial=PA10,PA9 SERIAL_BAUD=250000 STATS_SUMSQ_BASE=256 STEPPER_BOTH_EDGE=1", "mcu_config")
        e("Sending MCU 'mcu' printer configuration...", "sending_config")
        e("Configured MCU 'mcu' (1024 moves)", "configured_mcu")
        e("Starting heater checks for heater_bed", "heater_checks")
        e("Starting heater checks for extruder", "heater_checks")
        e(f"webhooks client {st['client']}: New connection", "webhooks_new")
        e(f"webhooks client {st['client']}: Client info {{'program': 'Moonraker', 'version': 'v0.9.3-16-g8d5a4f0'}}", "webhooks_info")

    def stats():
        st["up"] = float(st["up"]) + g.r.uniform(0.9, 1.1) if not st["printing"] else float(st["up"]) + 1.0
        st["bytes_w"] += g.num(50, 4000) if st["printing"] else g.num(20, 60)
        st["bytes_r"] += g.num(100, 600)
        st["seq"] += g.num(10, 200)
        st["cpu"] += g.r.uniform(0.05, 0.4)
        if st["printing"]:
            st["pos"] += g.num(200, 3000)
            st["bed"], st["ext"] = 60, g.c([210, 215])
        sd = f" sd_pos={st['pos']}" if st["printing"] else ""
        e(f"Stats {st['up']:.1f}: gcodein={g.num(0, 900) if st['printing'] else 0}  mcu: mcu_awake={g.f(0.001, 0.03, 3)} mcu_task_avg={g.f(0.000005, 0.00004, 6)} mcu_task_stddev={g.f(0.000005, 0.00004, 6)} "
          f"bytes_write={st['bytes_w']} bytes_read={st['bytes_r']} bytes_retransmit=9 bytes_invalid=0 send_seq={st['seq']} receive_seq={st['seq']} retransmit_seq=2 srtt={g.f(0, 0.002, 3)} rttvar={g.f(0, 0.001, 3)} rto=0.025 "
          f"ready_bytes={g.num(0, 40) if st['printing'] else 0} upcoming_bytes={g.num(0, 900) if st['printing'] else 0} freq={72000000 + g.num(-400, 400)}{sd} heater_bed: target={st['bed']} temp={st['bed'] + g.r.uniform(-0.5, 0.5) if st['bed'] else g.r.uniform(20, 23):.1f} pwm={g.f(0, 0.6, 3) if st['bed'] else '0.000'} "
          f"sysload={g.f(0.05, 1.2, 2)} cputime={st['cpu']:.3f} memavail={g.num(600000, 760000)} print_time={float(st['up']) * 0.98:.3f} buffer_time={g.f(0.5, 2.5, 3) if st['printing'] else '0.000'} print_stall=0 "
          f"extruder: target={st['ext']} temp={st['ext'] + g.r.uniform(-0.7, 0.7) if st['ext'] else g.r.uniform(20, 24):.1f} pwm={g.f(0.2, 0.6, 3) if st['ext'] else '0.000'}", "stats")

    def start_print():
        if st["printing"]:
            return stats()
        st["printing"] = True
        st["pos"] = 0
        e("Starting SD card print (position 0)", "sd_start")

    def end_print():
        if not st["printing"]:
            return stats()
        st["printing"] = False
        st["bed"] = st["ext"] = 0
        if g.r.random() < 0.75:
            e("Finished SD card print", "sd_finished")
        else:
            e(f"Exiting SD card print (position {st['pos']})", "sd_exiting")

    def mesh():
        e("bed_mesh: generated points", "mesh_generated")
        e("Index | Tool Adjusted | Probe", "mesh_table_head")
        pts = [(10.0, 10.0), (100.0, 10.0), (190.0, 10.0), (190.0, 115.0), (100.0, 115.0), (10.0, 115.0), (10.0, 220.0), (100.0, 220.0), (190.0, 220.0)]
        for i, (x, y) in enumerate(pts):
            e(f"{i} | ({x}, {y}) | ({x + 44}, {y + 6})", "mesh_table_row")
        for x, y in pts:
            e(f"probe at {x + 44:.3f},{y + 6:.3f} is z={g.f(2.0, 2.4, 6)}", "probe_at")
        e("Mesh Bed Leveling Complete", "mesh_complete")
        e("Bed Mesh state has been saved to profile [default]", "mesh_saved")
        e("for the current session.  The SAVE_CONFIG command will", "mesh_saved_2")
        e("update the printer config file and restart the printer.", "mesh_saved_3")

    def client():
        old = st["client"]
        if g.r.random() < 0.5:
            e(f"webhooks client {old}: Disconnected", "webhooks_disconnected")
        st["client"] = g.num(10 ** 9, 4 * 10 ** 9)
        e(f"webhooks client {st['client']}: New connection", "webhooks_new")
        e(f"webhooks client {st['client']}: Client info {{'program': '{g.c(['Moonraker', 'KlipperScreen'])}', 'version': '{g.c(['v0.9.3-16-g8d5a4f0', 'v0.4.4-12-g0b2c9e1'])}'}}", "webhooks_info")

    def gcode_err():
        k = g.num(0, 2)
        if k == 0:
            e(f"Move out of range: {g.f(235.1, 236, 3)} {g.f(0, 235, 3)} {g.f(0.2, 0.4, 3)} [{g.f(100, 9000, 3)}]", "move_out_of_range")
        elif k == 1:
            e(f"Must home axis first: {g.f(0, 235, 3)} {g.f(0, 235, 3)} {g.f(0, 10, 3)} [0.000]", "must_home_first")
        else:
            e("Extrude below minimum temp", "extrude_below_min_temp")

    def shutdown():
        e("Transition to shutdown state: MCU 'mcu' shutdown: Timer too close", "transition_shutdown")
        e(f"Dumping gcode input {g.num(40, 100)} blocks", "dumping_gcode")
        for _ in range(g.num(3, 6)):
            e(f"Read {float(st['up']) - g.r.uniform(0, 5):.6f}: '{g.c(['G1 X102.345 Y87.210 E0.04521', 'G1 X103.100 Y88.002 E0.01834', 'M105', 'G1 F1800 X98.2 Y90.5'])}\\n'", "gcode_read")
        e(f"Dumping {g.num(2, 8)} requests for client {st['client']}", "dumping_requests")
        for _ in range(g.num(1, 3)):
            e(f"Received {float(st['up']):.6f}: {{'id': {g.num(1, 90000)}, 'method': 'gcode/script', 'params': {{'script': '{g.c(['M105', 'SET_GCODE_OFFSET Z_ADJUST=-0.025 MOVE=1', 'M117 Layer 12'])}'}}}}", "webhooks_received")
        e("Dumping serial stats: bytes_write=123456 bytes_read=234567 bytes_retransmit=9 bytes_invalid=0 send_seq=12345 receive_seq=12345 retransmit_seq=2 srtt=0.001 rttvar=0.000 rto=0.025 ready_bytes=0 upcoming_bytes=0", "dumping_serial_stats")
        e(f"Dumping send queue {g.num(20, 100)} messages", "dumping_send_queue")
        for _ in range(g.num(4, 9)):
            e(f"Sent {g.num(0, 99)} {float(st['up']):.6f} {float(st['up']):.6f} {g.num(9, 60)}: seq: {g.num(16, 31):x}, queue_step oid={g.num(1, 9)} interval={g.num(100, 90000)} count={g.num(1, 400)} add={g.num(-20, 20)}", "sent_msg")
        e(f"Dumping receive queue {g.num(20, 100)} messages", "dumping_receive_queue")
        for _ in range(g.num(3, 6)):
            e(f"Receive: {g.num(0, 99)} {float(st['up']):.6f} {float(st['up']):.6f} {g.num(9, 60)}: seq: {g.num(16, 31):x}, stats count={g.num(100, 900)} sum={g.num(10 ** 5, 10 ** 7)} sumsq={g.num(10 ** 5, 10 ** 7)}", "receive_msg")
        e("MCU 'mcu' shutdown: Timer too close", "mcu_shutdown")
        for text, ev in [("This often indicates the host computer is overloaded. Check", "overload_hint_1"), ("for other processes consuming excessive CPU time, high swap", "overload_hint_2"),
                         ("usage, disk errors, overheating, unstable voltage, or", "overload_hint_3"), ("similar system problems on the host computer.", "overload_hint_4"),
                         ("Once the underlying issue is corrected, use the", "restart_hint_1"), ("\"FIRMWARE_RESTART\" command to reset the firmware, reload the", "restart_hint_2"),
                         ("config, and restart the host software.", "restart_hint_3"), ("Printer is shutdown", "printer_is_shutdown")]:
            e(text, ev)
        st["printing"] = False
        st["bed"] = st["ext"] = 0
        e("Restarting printer", "restarting")
        L.tick(5)
        restart_part()

    startup()
    ev = [(150, stats), (1, start_print), (0.8, end_print), (0.3, mesh), (0.8, client), (0.6, gcode_err), (0.08, shutdown)]
    return L.run(ev, None)


LOGS = [log_vault, log_grafana, log_envoy, log_exchange, log_bitcoin, log_unbound, log_hbase, log_gitlab_sidekiq, log_synapse, log_trino,
        log_salt_minion, log_fluent_bit, log_qbittorrent, log_zigbee2mqtt, log_icinga2, log_krb5kdc, log_sssd, log_windows_events, log_dbt, log_klipper]


if __name__ == "__main__":
    main(LOGS, WORK)
