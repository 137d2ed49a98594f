#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-fifth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.575. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the lines of Mule's boxed messages (the container banner, "Started app", the deployment tables,
"Mule is up and kicking") and of its error dump (Message, Element, Element DSL and the lines of its
XML, Error type, Payload Type, FlowStack and its "at" lines, the hint, the rules of stars) under the
log4j line that opens them; zap's stack trace (function lines and tab-indented file lines) under an
OpenTelemetry Collector error; ping's output inside an Uptime Kuma "Failing:" message (the empty line,
"--- ... ping statistics ---", the counts and the " | Interval: ..." line that closes the message);
ZooKeeper's exception and "<tab>at" lines under its WARN; pgBackRest's indented "HINT:" lines under an
ERROR or WARN. A record that has no header at all gets the time of the last line before it that
writes one (of the first after it at the start of a log) and no level or component: the Pi-hole
start script's lines ("  [i] ...", its indented lists, the empty lines), TeamViewer's "Key:   value"
block at each process start (only "Start:" writes a time, its own) and the empty line after it,
Uptime Kuma's entrypoint "==>" lines, SQLite's pragma arrays and the Node trace ("Trace: ...", its
"    at" frames, the dumped SQL object, the "please report" line), the shell's two lines in the
Teeworlds log (the segfault and the restart loop), pgBackRest's "-------------------PROCESS START-------------------"
and the empty line before it, the pfirewall header lines and the empty line after them. The QNAP
export runs newest first; its CSV header row takes the time of the first row under it (the newest).
In the Mongoose OS capture mos stamps every line it receives, so every line there has the time of its
stamp (noyear), the ROM's and the panic's lines included. The MSBuild log and the VASP output have no
time at all (time kind None; the one stamp in "Build started 12/1/2026 2:00:03 AM." aside). Where a
log writes local time without an offset (pfirewall's "Time Format: Local", QNAP, Teeworlds,
ZooKeeper, pgBackRest, Mule), the host's clock is UTC. Pomerium writes whole seconds, Uptime Kuma
"+00:00", SONiC's syslog stamp microseconds; the syslog stamps of OpenSMTPD, rtpengine, SONiC and the
Deep Security collector have no year (noyear).

Levels are as written: Mule's, the collector's zap level (info, warn, error), Pi-hole FTL's word (the
start script writes none), Pomerium's "level", QNAP's Severity column (Information, Warning, Error),
rtpengine's word (INFO, NOTICE, WARNING, ERR), Santa's letter (I), SONiC's severity word, Uptime
Kuma's, VictoriaMetrics', ZooKeeper's, pgBackRest's (INFO, DETAIL, WARN, ERROR), the ESP-IDF
bootloader's letter in the Mongoose capture ("I (29) boot: ..."; Mongoose OS's own lines, the ROM's,
the panic's and mJS's write none), OpenSMTPD's "info:" and "warn:" opening a parent's or lka's
message (its session lines write none), TeamViewer's "!" (warning) and "!!" (error) after the session
letters (the mark or the word counts; unmarked lines write none), the CEF severity of a Deep Security
line (a number, 0 to 10), VASP's " WARNING:" opening the sub-space warning (the boxed WARNING is
text). MSBuild ("warning CS0168" is part of the canonical diagnostic text), Teeworlds and the Windows
firewall write none. The component is Mule's logger category (the full class name), the collector's
and VictoriaMetrics' caller (the source path with or without ":line"), Pomerium's "service" (a line
without one has none), QNAP's Application column, rtpengine's subsystem in brackets (core, control,
ports) or the program, Santa's program (santad), SONiC's syslog tag (container#program, or the
program alone), the Teeworlds system in brackets (engine, server, game, chat, register, net_ban,
datafile, storage, console, Server), the Deep Security product in the CEF header ("Deep Security
Agent" or "Deep Security Manager"; not the host), Uptime Kuma's module in brackets, ZooKeeper's
abbreviated class ("o.a.z.s.q.QuorumPeer", or the class name alone; not the thread that shares its
bracket), OpenSMTPD's program (smtpd), the source file in front of a Mongoose OS line (and the ESP-IDF
tag, "boot" or "boot.esp32", on the bootloader's; the ROM's, the panic's and mJS's lines have none).
Pi-hole (the process and thread in "[63/T75]" are not components), TeamViewer (process id, thread id
and the S0/D1/G1 letters are not), MSBuild (node numbers are not), VASP, the Windows firewall and
pgBackRest (its P00..P04 are process numbers) have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (an OpenSMTPD session line's values, the result and stat of a delivery, the command and
result of a failed command, the reason of a disconnect; the command in rtpengine's "Received command
'offer'" and "Replying to", the " (RTCP)" of its port line; the state in SONiC's "oper state set from
up to down", "Got SFP removed event" and a teamd port state; the text after Mule's "Message :"; a Deep
Security firewall line's rule id and name and an IPS line's signature, whatever they say; Santa's
decision and reason; Uptime Kuma's failure message, however many lines it runs over; the values in
QNAP's Content; every field of a pfirewall row, action, protocol, addresses, ports and "-" alike: all
its data rows are one event), while two format strings that look alike are two events (each of Mule's
logger components is its own event, whatever its payload; MSBuild's "Done Building Project ..." with
and without " -- FAILED", its "Project ... on node" and "Project ... is building ..."; SONiC's CMIS "DP
state DataPathActivated" and "force datapath re-init"; TeamViewer's UdpOutputTracker with and without
"dropped"; pgBackRest's "backup file" with a checksum and of 0B without, and "match file from prior
backup"; VASP's ionic "F=" line with "mag=" and the MD's "T=" line; rtpengine's "Dump for" and
"Response dump for"; Pi-hole's TCP and UDP connection errors). Wrappers are not part of the event:
the "[call-id]: " or "[call-id port N]: " context in front of an rtpengine message (so 'ping', which
has none, is the same event as 'offer'), MSBuild's node prefix ("     2>") and indentation (a target
line such as "CoreCompile:" is one event with or without a prefix; a compiler diagnostic is the event
of its code's message, CS0168, C4244, NU1900 and so on, the same inline and when the summary repeats
it), mos's stamp in front of a Mongoose OS line, the CSV quoting of QNAP's rows, the syslog headers.
A structured line belongs to its message and its set of keys: a Pomerium line to its message and keys
(an authorize check allowed, unauthenticated (without session, user and email) or denied), a zap line
of the collector to its message (its JSON fields are values), a Santa line to its action and keys (the
EXEC of an app signed by a team, of a platform binary, of an unsigned binary, of a quarantined
download; ALLOWLIST, BUNDLE, FILE_ACCESS, WRITE, RENAME, DELETE, DISKAPPEAR, DISKDISAPPEAR), a Deep
Security agent's CEF line to its module and extension keys (firewall TCP with TCP flags, firewall UDP
without; IPS; anti-malware; web reputation; integrity monitoring; log inspection; application
control), each manager system event to its event id. In a dump or a table each kind of line is an
event: Mule's boxed item lines (each kind its own) and table heads and rows, its rules of stars (one
event whatever their length; the error dump's own rule of 80 another), ZooKeeper's exception line
(one event per exception) and its "<tab>at" frames, zap's function lines and file lines, the Node
trace's frames (the one ending in " {" its own), the dumped SQL's first, middle and last lines, the
ESP32 register dump rows, VASP's electronic steps ("DAV:", "RMM:") and their column header, the
boxed WARNING's rule, its empty box line, each ASCII-art row and each text row (constant lines, each
its own event), MSBuild's summary chain lines, the compiler's echoed source file names (a line wholly
filled by a value is the event of the template line it fills), the TeamViewer start block's lines
(one event per key). Empty lines, and lines of nothing but blanks, are one event per log (in the
Mongoose capture, a stamped empty line).

usage: unseen_logs_round25.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round25)
"""
import datetime as dt
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round25")
from unseen_logs_harness import Log, main, N_LINES, UTC, T0, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_, epoch  # noqa: E402


def box(lines, width=None, ch="*"):
    """Mule's boxed message: a rule of stars, "* text   *" lines padded to the widest, a rule."""
    w = width or max(len(s) for s in lines) + 4
    out = [ch * w]
    for s in lines:
        out.append(f"{ch} {s:<{w - 4}} {ch}")
    out.append(ch * w)
    return out


# 1 ---------------------------------------------------------------- MuleSoft Mule 4.6 runtime (customer-hosted, standalone) of a wholesaler's order integration: an orders process API, an inventory system
#   API and an SAP system API, $MULE_HOME/logs/mule_ee.log: "INFO  2026-12-01 10:00:00,123 [thread] [processor: path; event: correlation-id] category: message" (the
#   level left-aligned in five characters, then log4j2's date, the thread, Mule's processor/event context, the logger category); the container's start with its
#   boxed banners, the deployment tables and "Mule is up and kicking", the flows' own logger lines, batch jobs, HTTP and APIKit errors with Mule's boxed error dump
#   (Message, Element, Element DSL over several lines, Error type, FlowStack), reconnection warnings, a redeploy of one application
@checked
def log_mule(seed):
    L = Log("mule_runtime_ee_log", seed, "full", True, True)
    g = L.g
    APPS = {"orders-papi": "8081", "inventory-sapi": "8082", "sap-orders-sapi": "8083"}
    LMP = "org.mule.runtime.core.internal.processor.LoggerMessageProcessor"
    CH = ["webshop", "edi", "field-sales", "webshop", "webshop", "marketplace"]
    WH = ["DC-NORTH", "DC-SOUTH", "DC-WEST"]
    st = {"uber": 0, "order": g.num(4500000, 4600000), "idoc": g.num(10 ** 15, 2 * 10 ** 15), "batch": {}}

    def corr():
        return g.uuid()

    def th(app, flow, kind):
        return f"[MuleRuntime].uber.{g.num(1, 16):02d}: [{app}].{flow}.{kind} @{g.hx(8)}"

    def m(lv, thread, cat, msg, ev, proc="", ev_id="", cont=()):
        ms_(L, 0, 40)
        comp = cat
        L.emit(f"{lv:<5} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{thread}] [processor: {proc}; event: {ev_id}] {cat}: {msg}", ev, lv, comp)
        for text, cev in cont:
            L.emit(text, cev, lv, comp)

    def startup():
        cat = "org.mule.runtime.module.launcher.MuleContainer"
        ban = [("Mule Runtime and Integration Platform", "ban_product"), ("Version: 4.6.9 Build: 3e7b1f0c", "ban_version"), ("MuleSoft, Inc.", "ban_vendor"),
               ("For more information go to", "ban_more"), ("https://www.mulesoft.com/platform/mule", "ban_url"), ("", "ban_empty"),
               (f"Server started: {L.t.month}/{L.t.day}/{L.t:%y}, {L.t.hour % 12 or 12}:{L.t:%M} {'AM' if L.t.hour < 12 else 'PM'}", "ban_started"),
               ("JDK: 17.0.12 (mixed mode, sharing)", "ban_jdk"), ("OS: Linux (5.15.0-1071-azure, amd64)", "ban_os"), ("Host: mule-rt-01 (10.20.1.15)", "ban_host")]
        lines = box([t for t, _ in ban], 70)
        evs = ["box_rule"] + [e for _, e in ban] + ["box_rule"]
        m("INFO", "WrapperListener_start_runner", cat, "", "container_banner", cont=list(zip(lines, evs)))
        for lic in ["Valid license key --> Evaluation = false, Expiration Date = Tue Jun 30 00:00:00 UTC 2027, Contact Name = IT Integration, Contact Email Address = integration@wholesale.example, Contact Telephone = , Contact Company = Wholesale Example GmbH, Contact Country = DE, Entitlements = "]:
            m("INFO", "WrapperListener_start_runner", "com.mulesoft.mule.runtime.module.license.api.LicenseManagementUtils", lic, "license_valid")
        for app in APPS:
            L.tick(3)
            m("INFO", "ArtifactDeployer.start.01", "org.mule.runtime.module.deployment.impl.internal.application.DefaultMuleApplication", f"Configuring application '{app}'", "configuring_app")
            m("INFO", "ArtifactDeployer.start.01", "org.mule.runtime.module.extension.internal.manager.DefaultExtensionManager", f"Registering extension HTTP (version 1.9.3 vendor MuleSoft, Inc. )", "registering_extension")
            if app != "orders-papi":
                m("INFO", "ArtifactDeployer.start.01", "org.mule.runtime.module.extension.internal.manager.DefaultExtensionManager", f"Registering extension Database (version 1.14.12 vendor MuleSoft, Inc. )", "registering_extension")
            m("INFO", "ArtifactDeployer.start.01", "org.mule.runtime.module.extension.internal.runtime.config.LifecycleAwareConfigurationInstance", f"Initialising configuration '{app}-httpListenerConfig'", "initialising_config")
            m("INFO", f"[MuleRuntime].uber.01: [{app}].uber@org.mule.runtime.module.extension.internal.runtime.source.ExtensionMessageSource.start", "org.mule.service.http.impl.service.server.grizzly.GrizzlyServerManager",
              f"Listening for connections on 'http://0.0.0.0:{APPS[app]}'", "listening_for_connections")
            plugins = [("Sockets", "1.2.4"), ("HTTP", "1.9.3"), ("APIKit", "1.10.4")] + ([("Database", "1.14.12")] if app != "orders-papi" else []) + ([("SAP", "5.9.4")] if app.startswith("sap") else [])
            items = [(f"Started app '{app}'", "box_started_app"), ("Application plugins:", "box_plugins")] + [(f" - {n} : {v}", "box_plugin_item") for n, v in plugins] + \
                    [("Application libraries:", "box_libraries")] + [(f" - {lib}", "box_library_item") for lib in (["mssql-jdbc-12.6.1.jre11.jar"] if app == "inventory-sapi" else []) + ["json-schema-validator-2.2.14.jar"]]
            lines = box([t for t, _ in items], 70)
            m("INFO", "ArtifactDeployer.start.01", "org.mule.runtime.core.internal.logging.LogUtil", "", "started_app_banner",
              cont=list(zip(lines, ["box_rule"] + [e for _, e in items] + ["box_rule"])))
        rows = [("*            - - + DOMAIN + - -               * - - + STATUS + - - *", "deploy_table_head"), ("* default                                       * DEPLOYED           *", "deploy_table_row")]
        cont = [("*" * 70, "box_rule"), rows[0], ("*" * 70, "box_rule"), rows[1], ("*" * 70, "box_rule"), ("", "blank"), ("*" * 103, "box_rule"),
                ("*            - - + APPLICATION + - -            *       - - + DOMAIN + - -       * - - + STATUS + - - *", "deploy_table_head"), ("*" * 103, "box_rule")]
        for app in APPS:
            cont.append((f"* {app:<45} * {'default':<30} * {'DEPLOYED':<18} *", "deploy_table_row"))
        cont += [("*" * 103, "box_rule"), ("", "blank")]
        m("INFO", "WrapperListener_start_runner", "org.mule.runtime.module.deployment.internal.StartupSummaryDeploymentListener", "", "deploy_summary", cont=cont)
        m("INFO", "WrapperListener_start_runner", "org.mule.runtime.module.deployment.internal.DeploymentDirectoryWatcher", "", "up_and_kicking",
          cont=[("+" * 60, "plus_rule"), ("+ Mule is up and kicking (every 5000ms)                     +", "up_and_kicking_text"), ("+" * 60, "plus_rule")])

    def order():
        st["order"] += 1
        o = st["order"]
        c = corr()
        app = "orders-papi"
        flow = "post:\\orders:application\\json:orders-papi-config"
        m("INFO", th(app, flow, "CPU_LITE"), LMP, f"Received order {o} from channel {g.c(CH)}", "log_received_order", f"{flow}/processors/0", c)
        n = g.num(1, 40)
        m("INFO", th(app, "validate-order-subflow", "CPU_LITE"), LMP, f"Order {o} validated, {n} lines, total {g.num(20, 90000)}.{g.num(0, 99):02d} EUR", "log_order_validated", "validate-order-subflow/processors/4", c)
        r = g.r.random()
        if r < 0.07:
            http_error(app, c, o)
            return
        if r < 0.1:
            apikit_error(app, c)
            return
        m("INFO", th(app, "reserve-stock-subflow", "CPU_LITE"), LMP, f"Reserving stock for order {o} at {g.c(WH)}", "log_reserving_stock", "reserve-stock-subflow/processors/0", c)
        m("INFO", th("inventory-sapi", "post:\\reservations:application\\json:inventory-sapi-config", "CPU_LITE"), LMP,
          json.dumps({"orderId": str(o), "warehouse": g.c(WH), "lines": n, "reserved": n - g.c([0, 0, 0, 1]), "backorder": g.c([False, False, True])}), "log_reservation_payload",
          "post:\\reservations:application\\json:inventory-sapi-config/processors/1", c)
        m("INFO", th(app, "post-to-sap-subflow", "BLOCKING"), LMP, f"Posting order {o} to SAP", "log_posting_sap", "post-to-sap-subflow/processors/0", c)
        if g.r.random() < 0.05:
            sap_error(c, o)
            return
        st["idoc"] += g.num(1, 30)
        m("INFO", th("sap-orders-sapi", "create-idoc-flow", "BLOCKING"), LMP, f"SAP response: IDoc {st['idoc']:016d} created for order {o}", "log_idoc_created", "create-idoc-flow/processors/3", c)
        m("INFO", th(app, flow, "CPU_LITE"), LMP, f"Order {o} processed in {g.num(80, 4000)} ms", "log_order_processed", f"{flow}/processors/5", c)

    def dump(lv, handler, app, c, proc, msg, elem, dsl, etype, stack, payload=None):
        cont = [("*" * 80, "dump_rule"), (f"Message               : {msg}", "dump_message"), (f"Element               : {elem}", "dump_element")]
        cont.append((f"Element DSL           : {dsl[0]}", "dump_element_dsl"))
        cont += [(d, "dump_dsl_line") for d in dsl[1:]]
        cont.append((f"Error type            : {etype}", "dump_error_type"))
        if payload:
            cont.append((f"Payload Type          : {payload}", "dump_payload_type"))
        cont.append((f"FlowStack             : at {stack[0]}", "dump_flowstack"))
        cont += [(f"                        at {s}", "dump_flowstack_more") for s in stack[1:]]
        cont += [("", "blank"), ("  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)", "dump_verbose_hint"), ("*" * 80, "dump_rule")]
        m(lv, th(app, proc.split("/")[0], "CPU_LITE"), f"org.mule.runtime.core.internal.exception.{handler}", "", "error_dump", proc, c, cont)

    def http_error(app, c, o):
        host = "10.20.3.14:8082"
        why = g.c(["Remotely closed.", "Connection refused.", "Timeout exceeded.", "internal server error (500)."])
        et = "HTTP:INTERNAL_SERVER_ERROR" if "500" in why else ("HTTP:TIMEOUT" if "Timeout" in why else "HTTP:CONNECTIVITY")
        dump("ERROR", "OnErrorPropagateHandler", app, c, "reserve-stock-subflow/processors/1", f"HTTP POST on resource 'http://{host}/api/reservations' failed: {why}",
             "reserve-stock-subflow/processors/1 @ orders-papi:implementation/orders.xml:58 (Reserve stock)",
             [f'<http:request method="POST" doc:name="Reserve stock" doc:id="{g.uuid()}" config-ref="Inventory_SAPI_config" path="/reservations">', "    <http:body>#[payload]</http:body>",
              "    <http:headers>#[{'x-correlation-id': correlationId}]</http:headers>", "</http:request>"], et,
             ["reserve-stock-subflow(reserve-stock-subflow/processors/1 @ orders-papi:implementation/orders.xml:58 (Reserve stock))",
              "post:\\orders:application\\json:orders-papi-config(post:\\orders:application\\json:orders-papi-config/processors/2 @ orders-papi:orders-papi.xml:34 (Flow Reference))",
              "orders-papi-main(orders-papi-main/processors/1 @ orders-papi:orders-papi.xml:19)"], g.c([None, "org.mule.runtime.core.internal.streaming.bytes.ManagedCursorStreamProvider"]))

    def apikit_error(app, c):
        what = g.c(["/customerId expected type: String, found: Null", "/lines/0/quantity expected minimum value: 1", "required key [deliveryDate] not found", "Error validating JSON. Error: - Unexpected character ('}' (code 125))"])
        dump("ERROR", "OnErrorContinueHandler", app, c, "orders-papi-main/processors/0", what, "orders-papi-main/processors/0 @ orders-papi:orders-papi.xml:18 (APIkit Router)",
             ['<apikit:router config-ref="orders-papi-config" doc:name="APIkit Router"></apikit:router>'], "APIKIT:BAD_REQUEST", ["orders-papi-main(orders-papi-main/processors/0 @ orders-papi:orders-papi.xml:18 (APIkit Router))"])

    def sap_error(c, o):
        dump("ERROR", "OnErrorPropagateHandler", "sap-orders-sapi", c, "create-idoc-flow/processors/2",
             g.c(["Connection to SAP failed: Partner 'sapprd01.wholesale.example:sapgw00' not reached", "IDoc could not be sent: Function module IDOC_INBOUND_ASYNCHRONOUS raised exception SYSTEM_FAILURE",
                  "Timeout waiting for SAP gateway response after 30000 ms"]),
             "create-idoc-flow/processors/2 @ sap-orders-sapi:sap-orders.xml:41 (Send IDoc)",
             ['<sap:send doc:name="Send IDoc" doc:id="' + g.uuid() + '" config-ref="SAP_Config" key="ORDERS05">', "    <sap:content>#[vars.idocXml]</sap:content>", "</sap:send>"],
             g.c(["SAP:CONNECTIVITY", "SAP:EXECUTION", "SAP:TIMEOUT"]), ["create-idoc-flow(create-idoc-flow/processors/2 @ sap-orders-sapi:sap-orders.xml:41 (Send IDoc))"])
        m("WARN", th("orders-papi", "post-to-sap-subflow", "BLOCKING"), LMP, f"Order {o} parked for retry, queue depth {g.num(1, 300)}", "log_order_parked", "post-to-sap-subflow/processors/2/errorHandler/0", c)

    def batch():
        app = "inventory-sapi"
        job = "inventory-syncBatch_Job"
        inst = g.uuid()
        c = corr()
        n = g.num(200, 20000)
        eng = "com.mulesoft.mule.runtime.module.batch.internal.engine.DefaultBatchEngine"
        m("INFO", th(app, "inventory-sync-scheduler", "CPU_LITE"), LMP, f"Inventory sync: {n} records fetched from WMS", "log_sync_fetched", "inventory-sync-scheduler/processors/1", c)
        m("INFO", th(app, "inventory-sync-scheduler", "CPU_LITE"), eng, f"Created instance '{inst}' for batch job '{job}'", "batch_created_instance", "inventory-sync-scheduler/processors/2", c)
        m("INFO", th(app, "inventory-sync-scheduler", "BLOCKING"), "com.mulesoft.mule.runtime.module.batch.internal.engine.BatchJobInstanceAdapter",
          f"Batch job instance '{inst}' of job '{job}' loaded {n} records into the queue", "batch_loaded")
        m("INFO", th(app, "inventory-sync-scheduler", "CPU_LITE"), eng, f"Started execution of instance '{inst}' of job '{job}'", "batch_started_execution")
        L.tick(20)
        fails = g.c([0, 0, 0, g.num(1, 30)])
        for step in ["upsert-stock", "publish-changes"]:
            m("INFO", f"batch-job-{job}-work-manager @{g.hx(8)}", "com.mulesoft.mule.runtime.module.batch.internal.DefaultBatchStep",
              f"Step {step} finished processing all records for instance {inst} of job {job}", "batch_step_finished")
            L.tick(10)
        if fails:
            m("WARN", f"batch-job-{job}-work-manager @{g.hx(8)}", "com.mulesoft.mule.runtime.module.batch.internal.DefaultBatchStep",
              f"Found exception processing record on step 'upsert-stock' for job instance '{inst}' of job '{job}'. This is the first record to show this exception on this step for this job instance. Subsequent records with the same failures will not be logged for performance and log readability reasons: org.mule.runtime.api.exception.MuleRuntimeException: Violation of PRIMARY KEY constraint 'PK_stock_level'. Cannot insert duplicate key in object 'dbo.stock_level'.",
              "batch_found_exception")
        m("INFO", f"batch-job-{job}-work-manager @{g.hx(8)}", eng, f"Starting execution of onComplete phase for instance {inst} of job {job}", "batch_oncomplete_start")
        m("INFO", th(app, "inventory-sync-scheduler", "CPU_LITE"), LMP, f"Inventory sync finished: {n - fails} ok, {fails} failed", "log_sync_finished", "inventory-syncBatch_Job/onComplete/processors/0", c)
        m("INFO", f"batch-job-{job}-work-manager @{g.hx(8)}", eng, f"Finished execution of onComplete phase for instance {inst} of job {job}", "batch_oncomplete_end")
        m("INFO", f"batch-job-{job}-work-manager @{g.hx(8)}", eng, f"Finished execution for instance '{inst}' of job '{job}'. Total Records processed: {n}. Successful records: {n - fails}. Failed Records: {fails}", "batch_finished")

    def reconnect():
        m("WARN", f"[MuleRuntime].uber.{g.num(1, 16):02d}: [inventory-sapi].uber@org.mule.runtime.module.extension.internal.runtime.source.ExtensionMessageSource.lambda$onException$4", "org.mule.runtime.module.extension.internal.runtime.source.ExtensionMessageSource",
          "Message source 'listener' on root component 'wms-events-flow' threw exception. Attempting to reconnect...", "source_reconnect")
        if g.r.random() < 0.4:
            m("ERROR", f"[MuleRuntime].uber.{g.num(1, 16):02d}: [inventory-sapi].uber@org.mule.runtime.core.internal.retry.policies.AbstractPolicyTemplate", "org.mule.runtime.core.internal.retry.policies.AbstractPolicyTemplate",
              f"Failed to connect/reconnect: Work Descriptor. Root Exception was: Could not establish connection to broker tcp://10.20.3.30:61616. Type: class org.mule.runtime.api.connection.ConnectionException", "failed_reconnect")

    def health():
        m("INFO", th("orders-papi", "health-check-flow", "CPU_LITE"), LMP, f"GET /api/health from {g.c(['10.20.0.5', '10.20.0.6'])} -> UP", "log_health")

    def redeploy():
        app = g.c(list(APPS))
        dep = "org.mule.runtime.module.deployment.internal.DeploymentDirectoryWatcher"
        m("INFO", "Mule.app.deployer.monitor.1.thread.1", dep, f"================== New Exploded Artifact: {app}", "new_exploded_artifact")
        m("INFO", "Mule.app.deployer.monitor.1.thread.1", "org.mule.runtime.module.deployment.impl.internal.application.DefaultMuleApplication", f"Stopping app '{app}' with 1 flows running...", "stopping_app")
        m("INFO", "Mule.app.deployer.monitor.1.thread.1", "org.mule.runtime.module.deployment.impl.internal.application.DefaultMuleApplication", f"Disposing app '{app}'", "disposing_app")
        L.tick(5)
        items = [(f"Started app '{app}'", "box_started_app"), ("Application plugins:", "box_plugins"), (" - HTTP : 1.9.3", "box_plugin_item"), (" - Sockets : 1.2.4", "box_plugin_item"),
                 ("Application libraries:", "box_libraries"), (" - json-schema-validator-2.2.14.jar", "box_library_item")]
        lines = box([t for t, _ in items], 70)
        m("INFO", "Mule.app.deployer.monitor.1.thread.1", "org.mule.runtime.core.internal.logging.LogUtil", "", "started_app_banner",
          cont=list(zip(lines, ["box_rule"] + [e for _, e in items] + ["box_rule"])))

    startup()
    ev = [(40, order), (6, batch), (3, reconnect), (14, health), (0.15, redeploy)]
    return L.run(slowed(L, ev, 6), None)


# 2 ---------------------------------------------------------------- Mongoose OS 2.20 on an ESP32 energy meter of a small brewery (Wi-Fi, MQTT to a broker, mJS scripts), its serial console
#   captured by `mos console --port /dev/ttyUSB0 > meter.log`: mos puts "[Dec  1 10:00:00.123] " in front of every line it receives; the firmware's lines are
#   "source.c:line<pad>message" (mgos' own source file padded to a column), mJS print() lines have no source; each boot shows the ESP32 ROM's lines and the
#   ESP-IDF bootloader's "I (29) boot: ..." lines; Wi-Fi drops and reconnects, MQTT reconnects, the meter readings published, OTA checks, a brown-out and a
#   Guru Meditation panic with its register dump and backtrace
@checked
def log_mongoose(seed):
    L = Log("mongoose_os_mos_console", seed, "noyear", True, True)
    g = L.g
    st = {"up": 0.0, "heap": g.num(150000, 180000), "mqtt": False, "wifi": False, "n": 0, "rssi": -60}

    def stamp():
        return f"[{L.t:%b} {L.t.day:>2} {L.t:%H:%M:%S}.{ms3(L.t)}]"

    def raw(text, ev, lv=None, comp=None):
        ms_(L, 0, 12)
        L.emit(f"{stamp()} {text}", ev, lv, comp)

    def mg(src, line, msg, ev):
        loc = f"{src}:{line}"
        raw(f"{loc:<22} {msg}", ev, None, src)

    def boot(reason="POWERON_RESET", code="0x1"):
        st["up"] = 0.0
        raw("ets Jul 29 2019 12:21:46", "rom_ets")
        raw("", "blank")
        raw(f"rst:{code} ({reason}),boot:0x13 (SPI_FAST_FLASH_BOOT)", "rom_rst")
        raw("configsip: 0, SPIWP:0xee", "rom_configsip")
        raw("clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00", "rom_clk_drv")
        raw("mode:DIO, clock div:2", "rom_mode")
        raw("load:0x3fff0030,len:6380", "rom_load")
        raw("load:0x40078000,len:14932", "rom_load")
        raw("entry 0x40080718", "rom_entry")
        for ms, tag, msg, ev in [(29, "boot", "ESP-IDF v4.4.7 2nd stage bootloader", "idf_boot_banner"), (29, "boot", "compile time 11:42:08", "idf_compile_time"),
                                 (29, "boot", "chip revision: v3.0", "idf_chip_rev"), (33, "boot.esp32", "SPI Speed      : 40MHz", "idf_spi_speed"),
                                 (38, "boot.esp32", "SPI Mode       : DIO", "idf_spi_mode"), (42, "boot.esp32", "SPI Flash Size : 4MB", "idf_flash_size"),
                                 (47, "boot", "Enabling RNG early entropy source...", "idf_rng"), (52, "boot", "Partition Table:", "idf_ptable")]:
            raw(f"I ({ms}) {tag}: {msg}", ev, "I", tag)
        for i, (lab, typ, sub, off, ln) in enumerate([("nvs", "WiFi data", "01 02", "00009000", "00004000"), ("otadata", "OTA data", "01 00", "0000d000", "00002000"),
                                                      ("app_0", "OTA app", "00 10", "00010000", "00180000"), ("fs_0", "SPIFFS", "01 82", "00190000", "00040000"),
                                                      ("app_1", "OTA app", "00 11", "001d0000", "00180000"), ("fs_1", "SPIFFS", "01 82", "00350000", "00040000")]):
            raw(f"I ({56 + i * 4}) boot: {i:>2} {lab:<16} {typ:<16} {sub} {off} {ln}", "idf_ptable_row", "I", "boot")
        raw("I (86) boot: End of partition table", "idf_ptable_end", "I", "boot")
        raw(f"I (91) boot: Loaded app from partition at offset 0x{g.c(['10000', '1d0000'])}", "idf_loaded_app", "I", "boot")
        raw("I (98) boot: Disabling RNG early entropy source...", "idf_rng_off", "I", "boot")
        mg("esp32_main.c", 77, "ESP32 r3 (2 cores), flash size 4MB, wifi MAC 30:ae:a4:1c:52:88", "mg_chip")
        mg("mgos_init.c", 36, "Mongoose OS 2.20.0 (20240312-091544)", "mg_version")
        mg("mgos_init.c", 37, "App brew-meter 1.4.2 (20261118-141207)", "mg_app_version")
        mg("mgos_init.c", 38, "Boot: 0 ms, reset cause: " + ("power on" if reason == "POWERON_RESET" else ("brownout" if reason == "RTCWDT_BROWN_OUT_RESET" else "panic")), "mg_boot_cause")
        mg("esp32_fs.c", 85, "Mounting SPIFFS fs_0 @ 0x190000", "mg_mount")
        mg("mgos_vfs.c", 413, "/ size 233681, used: 61488, free: 172193", "mg_vfs_size")
        mg("mgos_sys_config.c", 331, "MAC: 30AEA41C5288", "mg_mac")
        mg("mgos_sys_config.c", 338, "WDT: 30 seconds", "mg_wdt")
        mg("mgos_wifi.c", 95, "WiFi mode: STA", "mg_wifi_mode")
        mg("mgos_mongoose.c", 66, f"New heap free LWM: {st['heap']}", "mg_heap_lwm")
        mg("mgos_http_server.c", 182, "HTTP server started on [80]", "mg_http_started")
        mg("mgos_mjs.c", 31, "Loading init.js", "mg_loading_js")
        raw("brew-meter: init done, publishing every 30 s", "js_init_done")
        wifi_up()

    def wifi_up():
        mg("mgos_wifi_sta.c", 462, "WiFi STA: Connecting to Brauerei-IoT", "mg_wifi_connecting")
        L.tick(1.5)
        st["rssi"] = -g.num(48, 82)
        mg("mgos_wifi.c", 82, f"WiFi STA: Connected, BSSID 74:ac:b9:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} ch {g.c([1, 6, 11])} RSSI {st['rssi']}", "mg_wifi_connected")
        mg("mgos_net.c", 93, f"WiFi STA: ready, IP 192.168.40.{g.num(20, 60)}, GW 192.168.40.1, DNS 192.168.40.1, NTP 0.0.0.0", "mg_wifi_ready")
        st["wifi"] = True
        if g.r.random() < 0.5:
            mg("mgos_sntp.c", 102, f"SNTP query to time.google.com", "mg_sntp_query")
            mg("mgos_sntp.c", 56, f"SNTP reply from 216.239.35.{g.c([0, 4, 8, 12])}: time {epoch(L.t):.6f}, local {st['up']:.6f}, delta {g.f(-2, 2, 6)}", "mg_sntp_reply")
        mqtt_up()

    def mqtt_up():
        mg("mgos_mqtt_conn.c", 435, "MQTT0 connecting to mqtt.brauerei.example:8883", "mg_mqtt_connecting")
        L.tick(0.6)
        if g.r.random() < 0.12:
            mg("mgos_mqtt_conn.c", 291, f"MQTT0 Disconnect", "mg_mqtt_disconnect")
            mg("mgos_mqtt_conn.c", 496, f"MQTT0 connecting after {g.c([1, 2, 4, 8])} ms", "mg_mqtt_reconnect_after")
            return
        mg("mgos_mqtt_conn.c", 188, "MQTT0 TCP connect ok (0)", "mg_mqtt_tcp_ok")
        mg("mgos_mqtt_conn.c", 235, "MQTT0 CONNACK 0", "mg_mqtt_connack")
        mg("mgos_mqtt_conn.c", 170, f"MQTT0 sub brauerei/meter/{'cmd'} @ 1", "mg_mqtt_sub")
        st["mqtt"] = True

    def tick_js():
        st["up"] += g.r.uniform(25, 35)
        if not st["wifi"]:
            return wifi_up()
        if not st["mqtt"]:
            return mqtt_up()
        st["n"] += 1
        kw = g.f(0.2, 42, 3)
        raw(f"Tick uptime: {st['up']:.2f}, RAM: {g.num(90000, 110000)}, {g.num(70000, 95000)} free", "js_tick")
        raw(f"Publishing to brauerei/meter/sudhaus: {{\"p\":{kw},\"e\":{g.f(1000, 99999, 1)},\"v\":[{g.f(228, 236, 1)},{g.f(228, 236, 1)},{g.f(228, 236, 1)}],\"rssi\":{st['rssi']}}}", "js_publish")
        mg("mgos_mqtt_conn.c", 567, f"MQTT0 pub -> {g.num(1, 65535)} brauerei/meter/sudhaus @ 1 (70): [{{\"p\":{kw},...}}]", "mg_mqtt_pub")
        if g.r.random() < 0.1:
            h = st["heap"] - g.num(0, 600)
            st["heap"] = h
            mg("mgos_mongoose.c", 66, f"New heap free LWM: {h}", "mg_heap_lwm")
        if g.r.random() < 0.05:
            raw(f"Modbus read error on unit {g.c([1, 2])}: timeout", "js_modbus_error")
            mg("mgos_modbus.c", g.c([240, 311]), f"Response timed out, func 0x04 slave {g.c([1, 2])}", "mg_modbus_timeout")

    def wifi_drop():
        mg("mgos_wifi.c", 73, f"WiFi STA: Disconnected, reason: {g.c([8, 200, 201, 202])}", "mg_wifi_disconnected")
        mg("mgos_mqtt_conn.c", 291, "MQTT0 Disconnect", "mg_mqtt_disconnect")
        mg("mgos_mqtt_conn.c", 496, f"MQTT0 connecting after {g.c([1000, 2000, 4000])} ms", "mg_mqtt_reconnect_after")
        st["mqtt"] = False
        st["wifi"] = False
        L.tick(g.num(5, 60))
        for _ in range(g.num(0, 2)):
            mg("mgos_wifi_sta.c", 462, "WiFi STA: Connecting to Brauerei-IoT", "mg_wifi_connecting")
            L.tick(10)
            mg("mgos_wifi_sta.c", 512, "WiFi STA: Connect timeout", "mg_wifi_connect_timeout")

    def http_req():
        mg("mgos_http_server.c", 122, f"0x3ffe{g.hx(4)} HTTP connection from 192.168.40.{g.num(2, 19)}:{g.port()}", "mg_http_conn")
        mg("mg_rpc.c", 293, f"Sys.GetInfo via HTTP 192.168.40.{g.num(2, 19)}:{g.port()}", "mg_rpc_call")

    def ota():
        mg("mgos_ota_http_client.c", 106, "Checking for update, current version 1.4.2", "mg_ota_check")
        mg("mgos_ota_http_client.c", 196, "Update check: no update (HTTP 304)", "mg_ota_none")

    def panic():
        raw("Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.", "guru_meditation")
        raw("", "blank")
        raw(f"Core  1 register dump:", "core_dump_head")
        for row in [["PC", "PS", "A0", "A1"], ["A2", "A3", "A4", "A5"], ["A6", "A7", "A8", "A9"], ["A10", "A11", "A12", "A13"], ["A14", "A15", "SAR", "EXCCAUSE"], ["EXCVADDR", "LBEG", "LEND", "LCOUNT"]]:
            raw("  ".join(f"{r:<8}: 0x{('0000001c' if r == 'EXCCAUSE' else ('00060f30' if r == 'PS' else g.hx(8)))}" for r in row) + "  ", "core_dump_regs")
        raw("", "blank")
        raw("Backtrace: " + " ".join(f"0x4008{g.hx(4)}:0x3ffb{g.hx(4)}" for _ in range(g.num(4, 7))), "backtrace")
        raw("", "blank")
        raw("ELF file SHA256: " + g.hx(16), "elf_sha")
        raw("", "blank")
        raw("Rebooting...", "rebooting")
        boot("SW_CPU_RESET", "0xc")

    def brownout():
        raw("", "blank")
        raw("Brownout detector was triggered", "brownout")
        raw("", "blank")
        L.tick(3)
        boot("RTCWDT_BROWN_OUT_RESET", "0xf")

    boot()
    ev = [(60, tick_js), (3, wifi_drop), (6, http_req), (2, ota), (0.25, panic), (0.15, brownout)]
    return L.run(slowed(L, ev, 30), None)


# 3 ---------------------------------------------------------------- MSBuild 17.12 (Visual Studio 2022 Build Tools) in a desktop software vendor's nightly build, the scheduled task's `nightly.cmd` redirecting
#   `msbuild Suite.sln /t:Rebuild /p:Configuration=Release /m /v:normal` into build.log night after night (appended): "Build started 12/1/2026 2:00:03 AM.", the projects
#   with their node prefixes ("     2>"), targets ("CoreCompile:") and the tasks' indented output (csc and cl command lines, the C++ compiler's file names, copies,
#   "Project -> path"), NuGet restore, compiler warnings and errors in the canonical "file(line,col): warning CS0168: ... [project]" form, the "Build succeeded." /
#   "Build FAILED." summary with its warnings repeated, "Time Elapsed"; no line writes a time of its own
@checked
def log_msbuild(seed):
    L = Log("msbuild_nightly_log", seed, None, False, False, start=dt.datetime(2026, 11, 24, 2, 0, 3, tzinfo=UTC))
    g = L.g
    ROOT = "C:\\b\\nightly\\src"
    CS = [("Suite.Core", ["Orders\\OrderService.cs", "Orders\\OrderValidator.cs", "Pricing\\PriceCalculator.cs", "Data\\Repository.cs"]),
          ("Suite.Data", ["Migrations\\Migration_0042.cs", "SqlRepository.cs", "ConnectionFactory.cs"]),
          ("Suite.Reports", ["ReportEngine.cs", "Pdf\\PdfRenderer.cs", "Excel\\XlsxWriter.cs"]),
          ("Suite.Desktop", ["MainWindow.xaml.cs", "ViewModels\\OrderListViewModel.cs", "Converters\\StatusToBrushConverter.cs"]),
          ("Suite.Tests", ["OrderServiceTests.cs", "PriceCalculatorTests.cs"])]
    CPP = [("Suite.Native", ["stdafx.cpp", "barcode.cpp", "scanner_twain.cpp", "crc32.cpp", "dllmain.cpp"])]
    WARN = [("CS0168", "The variable 'ex' is declared but never used"), ("CS0618", "'WebClient.WebClient()' is obsolete: 'WebRequest, HttpWebRequest, ServicePoint, and WebClient are obsolete. Use HttpClient instead.'"),
            ("CS8618", "Non-nullable property 'Customer' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable."),
            ("CS1998", "This async method lacks 'await' operators and will run synchronously. Consider using the 'await' operator to await non-blocking API calls, or 'await Task.Run(...)' to do CPU-bound work on a background thread."),
            ("CS0219", "The variable 'retries' is assigned but its value is never used")]
    CPPWARN = [("C4996", "'strncpy': This function or variable may be unsafe. Consider using strncpy_s instead. To disable deprecation, use _CRT_SECURE_NO_WARNINGS. See online help for details."),
               ("C4244", "'=': conversion from 'double' to 'int', possible loss of data"), ("C4267", "'argument': conversion from 'size_t' to 'DWORD', possible loss of data")]

    def o(text, ev):
        L.emit(text, ev)

    def pre(node):
        return f"{node:>6}>"

    def cs_project(node, name, files, warns):
        proj = f"{ROOT}\\{name}\\{name}.csproj"
        o(f"{pre(node)}Project \"{ROOT}\\Suite.sln\" (1) is building \"{proj}\" ({node}) on node {g.num(1, 4)} (Rebuild target(s)).", "project_building_child")
        o(f"{pre(node)}CoreClean:", "target_started")
        for f in [f"bin\\Release\\net8.0-windows\\{name}.dll", f"bin\\Release\\net8.0-windows\\{name}.pdb", f"obj\\Release\\net8.0-windows\\{name}.dll"]:
            o(f"         Deleting file \"{ROOT}\\{name}\\{f}\".", "deleting_file")
        o("       GenerateTargetFrameworkMonikerAttribute:", "target_started")
        o("       Skipping target \"GenerateTargetFrameworkMonikerAttribute\" because all output files are up-to-date with respect to the input files.", "skipping_target")
        o("       CoreCompile:", "target_started")
        refs = " ".join(f"/reference:C:\\Users\\svc-build\\.nuget\\packages\\{p}" for p in g.r.sample(["newtonsoft.json\\13.0.3\\lib\\net6.0\\Newtonsoft.Json.dll", "dapper\\2.1.35\\lib\\net7.0\\Dapper.dll",
                                                                                                    "serilog\\4.0.2\\lib\\net8.0\\Serilog.dll", "closedxml\\0.104.1\\lib\\netstandard2.1\\ClosedXML.dll",
                                                                                                    "microsoft.data.sqlclient\\5.2.2\\ref\\net8.0\\Microsoft.Data.SqlClient.dll"], g.num(2, 4)))
        o(f"         C:\\Program Files\\dotnet\\dotnet.exe exec \"C:\\Program Files\\dotnet\\sdk\\8.0.404\\Roslyn\\bincore\\csc.dll\" /noconfig /unsafe- /checked- /nowarn:1701,1702,2008 /fullpaths /nostdlib+ /errorreport:prompt /warn:8 /define:TRACE;RELEASE;NET;NET8_0;NETCOREAPP /highentropyva+ /nullable:enable {refs} /debug+ /debug:portable /filealign:512 /optimize+ /out:obj\\Release\\net8.0-windows\\{name}.dll /target:library /warnaserror- /utf8output /deterministic+ /langversion:12.0 " + " ".join(files), "csc_command")
        out = []
        for code, text in warns:
            w = f"{ROOT}\\{name}\\{g.c(files)}({g.num(5, 900)},{g.num(5, 60)}): warning {code}: {text} [{proj}]"
            o(f"{pre(node)}{w}", "diag_" + code)
            out.append((w, proj, code))
        o("       _CopyFilesMarkedCopyLocal:", "target_started")
        for dll in g.r.sample(["Newtonsoft.Json.dll", "Dapper.dll", "Serilog.dll", "ClosedXML.dll", "DocumentFormat.OpenXml.dll"], g.num(0, 3)):
            o(f"         Copying file from \"C:\\Users\\svc-build\\.nuget\\packages\\{dll.lower()[:-4]}\\lib\\net6.0\\{dll}\" to \"{ROOT}\\{name}\\bin\\Release\\net8.0-windows\\{dll}\".", "copying_file")
        o("       CopyFilesToOutputDirectory:", "target_started")
        o(f"         Copying file from \"{ROOT}\\{name}\\obj\\Release\\net8.0-windows\\{name}.dll\" to \"{ROOT}\\{name}\\bin\\Release\\net8.0-windows\\{name}.dll\".", "copying_file")
        o(f"         {name} -> {ROOT}\\{name}\\bin\\Release\\net8.0-windows\\{name}.dll", "project_output")
        o(f"         Copying file from \"{ROOT}\\{name}\\obj\\Release\\net8.0-windows\\{name}.pdb\" to \"{ROOT}\\{name}\\bin\\Release\\net8.0-windows\\{name}.pdb\".", "copying_file")
        o(f"{pre(node)}Done Building Project \"{proj}\" (Rebuild target(s)).", "done_building")
        return out

    def cpp_project(node, name, files, fail):
        proj = f"{ROOT}\\{name}\\{name}.vcxproj"
        o(f"{pre(node)}Project \"{ROOT}\\Suite.sln\" (1) is building \"{proj}\" ({node}) on node {g.num(1, 4)} (Rebuild target(s)).", "project_building_child")
        o(f"{pre(node)}_PrepareForClean:", "target_started")
        o(f"         Deleting file \"x64\\Release\\{name}.tlog\\{name}.lastbuildstate\".", "deleting_file")
        o("       InitializeBuildStatus:", "target_started")
        o(f"         Creating \"x64\\Release\\{name}.tlog\\unsuccessfulbuild\" because \"AlwaysCreate\" was specified.", "creating_because_always")
        o(f"         Touching \"x64\\Release\\{name}.tlog\\unsuccessfulbuild\".", "touching")
        o("       ClCompile:", "target_started")
        o(f"         C:\\Program Files\\Microsoft Visual Studio\\2022\\BuildTools\\VC\\Tools\\MSVC\\14.42.34433\\bin\\HostX64\\x64\\CL.exe /c /Zi /nologo /W3 /WX- /diagnostics:column /sdl /O2 /Oi /GL /D NDEBUG /D SUITENATIVE_EXPORTS /D _WINDOWS /D _USRDLL /D _WINDLL /D _UNICODE /D UNICODE /Gm- /EHsc /MD /GS /Gy /fp:precise /permissive- /Zc:wchar_t /Zc:forScope /Zc:inline /Yc\"stdafx.h\" /Fp\"x64\\Release\\{name}.pch\" /Fo\"x64\\Release\\\\\" /Fd\"x64\\Release\\vc143.pdb\" /external:W3 /Gd /TP /FC /errorReport:queue stdafx.cpp", "cl_command")
        o("         stdafx.cpp", "cl_source_name")
        o(f"         C:\\Program Files\\Microsoft Visual Studio\\2022\\BuildTools\\VC\\Tools\\MSVC\\14.42.34433\\bin\\HostX64\\x64\\CL.exe /c /Zi /nologo /W3 /WX- /diagnostics:column /sdl /O2 /Oi /GL /D NDEBUG /D SUITENATIVE_EXPORTS /D _WINDOWS /D _USRDLL /D _WINDLL /D _UNICODE /D UNICODE /Gm- /EHsc /MD /GS /Gy /fp:precise /permissive- /Zc:wchar_t /Zc:forScope /Zc:inline /Yu\"stdafx.h\" /Fp\"x64\\Release\\{name}.pch\" /Fo\"x64\\Release\\\\\" /Fd\"x64\\Release\\vc143.pdb\" /external:W3 /Gd /TP /FC /errorReport:queue {' '.join(files[1:])}", "cl_command")
        warns = []
        for f in files[1:]:
            o(f"         {f}", "cl_source_name")
            if g.r.random() < 0.25:
                c, t = g.c(CPPWARN)
                w = f"{ROOT}\\{name}\\{f}({g.num(10, 600)},{g.num(5, 40)}): warning {c}: {t} [{proj}]"
                o(f"{pre(node)}{w}", "diag_" + c)
                warns.append((w, proj, c))
        if fail:
            f = g.c(files[1:])
            e = f"{ROOT}\\{name}\\{f}({g.num(10, 600)},{g.num(5, 40)}): error C2065: 'TWAIN_STATE_{g.c(['READY', 'OPEN', 'ENABLED'])}': undeclared identifier [{proj}]"
            o(f"{pre(node)}{e}", "diag_C2065")
            o(f"{pre(node)}Done Building Project \"{proj}\" (Rebuild target(s)) -- FAILED.", "done_building_failed")
            return warns, [(e, proj, "C2065")]
        o("       Link:", "target_started")
        objs = " ".join("x64\\Release\\" + f[:-4] + ".obj" for f in files)
        o(f"         C:\\Program Files\\Microsoft Visual Studio\\2022\\BuildTools\\VC\\Tools\\MSVC\\14.42.34433\\bin\\HostX64\\x64\\link.exe /ERRORREPORT:QUEUE /OUT:\"{ROOT}\\x64\\Release\\{name}.dll\" /INCREMENTAL:NO /NOLOGO kernel32.lib user32.lib gdi32.lib winspool.lib comdlg32.lib advapi32.lib shell32.lib ole32.lib oleaut32.lib uuid.lib odbc32.lib odbccp32.lib /MANIFEST /MANIFESTUAC:NO /manifest:embed /DEBUG /PDB:\"{ROOT}\\x64\\Release\\{name}.pdb\" /SUBSYSTEM:WINDOWS /OPT:REF /OPT:ICF /LTCG:incremental /LTCGOUT:\"x64\\Release\\{name}.iobj\" /TLBID:1 /DYNAMICBASE /NXCOMPAT /IMPLIB:\"{ROOT}\\x64\\Release\\{name}.lib\" /MACHINE:X64 /DLL {objs}", "link_command")
        o(f"            Creating library {ROOT}\\x64\\Release\\{name}.lib and object {ROOT}\\x64\\Release\\{name}.exp", "creating_library")
        o("         Generating code", "generating_code")
        o(f"         {g.num(0, 40)} of {g.num(200, 900)} functions ({g.f(0, 9, 1)}%) were compiled, the rest were copied from previous compilation.", "ltcg_functions")
        o(f"           {g.num(0, 9)} functions were new in current compilation", "ltcg_new")
        o(f"           {g.num(0, 40)} functions had inline decision re-evaluated but remain unchanged", "ltcg_reevaluated")
        o("         Finished generating code", "finished_generating_code")
        o(f"         {name}.vcxproj -> {ROOT}\\x64\\Release\\{name}.dll", "project_output")
        o("       FinalizeBuildStatus:", "target_started")
        o(f"         Deleting file \"x64\\Release\\{name}.tlog\\unsuccessfulbuild\".", "deleting_file")
        o(f"         Touching \"x64\\Release\\{name}.tlog\\{name}.lastbuildstate\".", "touching")
        o(f"{pre(node)}Done Building Project \"{proj}\" (Rebuild target(s)).", "done_building")
        return warns, []

    def restore():
        o(f"     1>Project \"{ROOT}\\Suite.sln\" on node 1 (Restore target(s)).", "project_on_node")
        o("     1>_IsProjectRestoreSupported:", "target_started")
        o("         Determining projects to restore...", "restore_determining")
        for name, _ in CS:
            if g.r.random() < 0.3:
                o(f"         Restored {ROOT}\\{name}\\{name}.csproj (in {g.num(80, 2900)} ms).", "restore_restored")
        if g.r.random() < 0.08:
            w = f"C:\\Program Files\\dotnet\\sdk\\8.0.404\\NuGet.targets(174,5): warning NU1900: Error occurred while getting package vulnerability data: Unable to load the service index for source https://nuget.pkgs.example.com/v3/index.json. [{ROOT}\\Suite.sln]"
            o(f"     1>{w}", "diag_NU1900")
        if g.r.random() < 0.5:
            o("         All projects are up-to-date for restore.", "restore_up_to_date")
        o(f"     1>Done Building Project \"{ROOT}\\Suite.sln\" (Restore target(s)).", "done_building")

    def night():
        o("Microsoft (R) Build Engine version 17.12.6+db5f6012c for .NET Framework", "msbuild_banner")
        o("Copyright (C) Microsoft Corporation. All rights reserved.", "msbuild_copyright")
        o("", "blank")
        start = L.t
        o(f"Build started {L.t.month}/{L.t.day}/{L.t.year} {L.t.hour % 12 or 12}:{L.t:%M:%S} {'AM' if L.t.hour < 12 else 'PM'}.", "build_started")
        o("", "blank")
        restore()
        o(f"     1>Project \"{ROOT}\\Suite.sln\" on node 1 (Rebuild target(s)).", "project_on_node")
        o("     1>ValidateSolutionConfiguration:", "target_started")
        o("         Building solution configuration \"Release|x64\".", "building_solution_config")
        if g.r.random() < 0.1:
            o(f"     1>{ROOT}\\Suite.sln.metaproj : warning MSB4121: The project configuration for project \"Suite.Installer\" was not specified in the solution file for the solution configuration \"Release|x64\". [{ROOT}\\Suite.sln]", "diag_MSB4121")
        allw, alle = [], []
        node = 2
        fail_cpp = g.r.random() < 0.2
        for name, files in CS[:2]:
            allw += cs_project(node, name, files, [g.c(WARN) for _ in range(g.c([0, 0, 1, 1, 2, 3]))])
            node += 1
        w, e = cpp_project(node, CPP[0][0], CPP[0][1], fail_cpp)
        allw += w
        alle += e
        node += 1
        if not fail_cpp:
            for name, files in CS[2:]:
                allw += cs_project(node, name, files, [g.c(WARN) for _ in range(g.c([0, 0, 1, 2]))])
                node += 1
        o(f"     1>Done Building Project \"{ROOT}\\Suite.sln\" (Rebuild target(s)){' -- FAILED' if alle else ''}.", "done_building_failed" if alle else "done_building")
        o("", "blank")
        o("Build FAILED." if alle else "Build succeeded.", "build_failed" if alle else "build_succeeded")
        o("", "blank")
        for text, proj, code in allw:
            o(f"\"{ROOT}\\Suite.sln\" (Rebuild target) (1) ->", "summary_chain_sln")
            o(f"\"{proj}\" (Rebuild target) ({g.num(2, 8)}) ->", "summary_chain_proj")
            o(f"({'ClCompile' if proj.endswith('vcxproj') else 'CoreCompile'} target) -> ", "summary_chain_target")
            o(f"  {text}", "diag_" + code)
            o("", "blank")
        for text, proj, code in alle:
            o(f"\"{ROOT}\\Suite.sln\" (Rebuild target) (1) ->", "summary_chain_sln")
            o(f"\"{proj}\" (Rebuild target) ({g.num(2, 8)}) ->", "summary_chain_proj")
            o("(ClCompile target) -> ", "summary_chain_target")
            o(f"  {text}", "diag_" + code)
            o("", "blank")
        o(f"    {len(allw)} Warning(s)", "summary_warning_count")
        o(f"    {len(alle)} Error(s)", "summary_error_count")
        o("", "blank")
        el = g.num(70, 900) + g.r.random()
        o(f"Time Elapsed 00:{int(el) // 60:02d}:{el % 60:05.2f}", "time_elapsed")
        o("", "blank")

    k = 0
    while len(L.rows) < N_LINES:
        night()
        k += 1
        L.t = dt.datetime(2026, 11, 24, 2, 0, 3, tzinfo=UTC) + dt.timedelta(days=k, seconds=g.num(0, 20))
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- OpenSMTPD 7.5 on OpenBSD 7.6, the MX and submission host of a small consultancy (local mailboxes via mda, outgoing mail relayed), /var/log/maillog:
#   "Dec  1 10:00:00 mx1 smtpd[12345]: <session id> smtp connected address=... host=..." (syslog, the session's 16-hex-digit id, then the role and the
#   event with key=value pairs); inbound sessions with TLS, AUTH, failed commands and spam bots, message and envelope lines, local deliveries, relayed
#   deliveries with their connect/tls/cert-check/delivery/disconnect lines, temporary and permanent failures, the parent's "info:" and "warn:" lines when the
#   daemon restarts or a child dies
@checked
def log_opensmtpd(seed):
    L = Log("opensmtpd_maillog", seed, "noyear", True, True)
    g = L.g
    st = {"pony": g.num(10000, 99999), "parent": g.num(10000, 99999), "lka": g.num(10000, 99999), "queue": g.num(10000, 99999)}
    USERS = ["anna", "ben", "clara", "daniel", "info", "buchhaltung", "jobs"]
    DOM = "beratung-kraus.example"
    REMOTE = [("mail.kunde-a.example", "mx1.kunde-a.example"), ("gmail.com", "gmail-smtp-in.l.google.com"), ("outlook.com", "outlook-com.olc.protection.outlook.com"),
              ("web.de", "mx-ha03.web.de"), ("steuerbuero-lenz.example", "mx.steuerbuero-lenz.example"), ("posteo.de", "mx04.posteo.de")]
    BOTS = ["<unknown>", "static.45-12-88-9.clients.example-hosting.net", "ip-185-222-58-12.example-vps.net", "<unknown>", "mail.infra-bot.example"]

    def s(msg, ev, pid=None, lv=None):
        ms_(L, 0, 250)
        L.emit(f"{syslog_ts(L.t)} mx1 smtpd[{pid or st['pony']}]: {msg}", ev, lv, "smtpd")

    def sid():
        return g.hx(16)

    def inbound():
        i = sid()
        frm_dom, mx = g.c(REMOTE)
        ip = g.ip("pub")
        s(f"{i} smtp connected address={ip} host={mx.replace('mx', 'out', 1) if g.r.random() < 0.7 else '<unknown>'}", "smtp_connected")
        if g.r.random() < 0.85:
            s(f"{i} smtp tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256", "smtp_tls")
        n = g.c([1, 1, 1, 2, 3])
        rcpts = g.r.sample(USERS, n)
        if g.r.random() < 0.08:
            bad = g.c(["a.schmidt", "kontakt", "office", "rechnung"])
            s(f'{i} smtp failed-command command="RCPT TO:<{bad}@{DOM}>" result="550 Invalid recipient: <{bad}@{DOM}>"', "smtp_failed_command")
        msgid = g.hx(8)
        s(f"{i} smtp message msgid={msgid} size={g.num(1800, 9000000)} nrcpt={n} proto=ESMTP", "smtp_message")
        frm = f"{g.user()}@{frm_dom}"
        evps = []
        for r in rcpts:
            e = msgid + g.hx(8)
            evps.append((e, r))
            s(f"{i} smtp envelope evpid={e} from=<{frm}> to=<{r}@{DOM}>", "smtp_envelope")
        s(f"{i} smtp disconnected reason=quit", "smtp_disconnected")
        for e, r in evps:
            ms_(L, 50, 900)
            s(f"{sid()} mda delivery evpid={e} from=<{frm}> to=<{r}@{DOM}> rcpt=<{r}@{DOM}> user={r if r not in ('info', 'jobs', 'buchhaltung') else 'anna'} delay={g.num(0, 2)}s result=Ok stat=Delivered", "mda_delivery")

    def bot():
        i = sid()
        ip = g.ip("pub")
        s(f"{i} smtp connected address={ip} host={g.c(BOTS)}", "smtp_connected")
        r = g.r.random()
        if r < 0.35:
            u = g.c(["admin", "info", "test", "anna@" + DOM, "sales", "user"])
            for _ in range(g.num(1, 3)):
                s(f"{i} smtp authentication user={u} result=permfail", "smtp_auth")
            s(f'{i} smtp failed-command command="AUTH LOGIN" result="503 5.5.1 Invalid command: Command not supported"', "smtp_failed_command") if g.r.random() < 0.3 else None
        elif r < 0.6:
            rc = f"{g.alnum(6)}@{g.c([DOM, 'gmail.com', 'yahoo.com'])}"
            res = f"550 Invalid recipient: <{rc}>" if rc.endswith(DOM) else "550 Invalid recipient: relaying denied"
            s(f'{i} smtp failed-command command="RCPT TO:<{rc}>" result="{res}"', "smtp_failed_command")
        elif r < 0.75:
            s(f'{i} smtp bad-input result="500 5.5.1 Invalid command: Pipelining not supported"', "smtp_bad_input")
        elif r < 0.85:
            s(f'{i} smtp failed-command command="" result="500 5.5.1 Invalid command: Command unrecognized"', "smtp_failed_command")
        s(f"{i} smtp disconnected reason={g.c(['quit', 'disconnect', 'disconnect', 'timeout'])}", "smtp_disconnected")

    def submission():
        i = sid()
        u = g.c(USERS[:4])
        s(f"{i} smtp connected address=10.8.0.{g.num(2, 40)} host=<unknown>", "smtp_connected")
        s(f"{i} smtp tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256", "smtp_tls")
        if g.r.random() < 0.06:
            s(f"{i} smtp authentication user={u} result=permfail", "smtp_auth")
            s(f"{i} smtp disconnected reason=quit", "smtp_disconnected")
            return
        s(f"{i} smtp authentication user={u} result=ok", "smtp_auth")
        msgid = g.hx(8)
        dom, mx = g.c(REMOTE)
        to = f"{g.user()}@{dom}"
        s(f"{i} smtp message msgid={msgid} size={g.num(1500, 12000000)} nrcpt=1 proto=ESMTP", "smtp_message")
        e = msgid + g.hx(8)
        s(f"{i} smtp envelope evpid={e} from=<{u}@{DOM}> to=<{to}>", "smtp_envelope")
        s(f"{i} smtp disconnected reason=quit", "smtp_disconnected")
        relay(e, f"{u}@{DOM}", to, mx)

    def relay(e, frm, to, mx):
        m = sid()
        ip = g.ip("pub")
        ms_(L, 100, 1500)
        s(f"{m} mta connecting address=smtp://{ip}:25 host={mx}", "mta_connecting")
        r = g.r.random()
        if r < 0.05:
            L.tick(30)
            s(f"{m} mta error reason=Connection timeout", "mta_error")
            s(f'{sid()} mta delivery evpid={e} from=<{frm}> to=<{to}> rcpt=<-> source="81.7.12.40" relay="{ip} ({mx})" delay={g.num(30, 90)}s result="TempFail" stat="Network error on destination MXs"', "mta_delivery")
            return
        s(f"{m} mta connected", "mta_connected")
        s(f"{m} mta tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256", "mta_tls")
        s(f'{m} mta server-cert-check result="{g.c(["success", "success", "success", "failure"])}"', "mta_cert_check")
        if r < 0.12:
            res, stat = "TempFail", g.c(["421 4.7.0 Try again later, closing connection.", "450 4.2.0 <" + to + ">: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/" + to.split("@")[1] + ".html"])
        elif r < 0.16:
            res, stat = "PermFail", g.c(["550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in virtual mailbox table", "552 5.2.2 Mailbox full"])
        else:
            res, stat = "Ok", g.c([f"250 2.0.0 Ok: queued as {g.HX(10)}", f"250 2.0.0 OK  {int(epoch(L.t))} {g.alnum(18)}.{g.num(100, 999)} - gsmtp", f"250 2.6.0 <{g.hx(20)}@{DOM}> [InternalId={g.num(10 ** 12, 10 ** 13)}] Queued mail for delivery"])
        s(f'{m} mta delivery evpid={e} from=<{frm}> to=<{to}> rcpt=<-> source="81.7.12.40" relay="{ip} ({mx})" delay={g.num(1, 9)}s result="{res}" stat="{stat}"', "mta_delivery")
        s(f"{m} mta disconnected reason=quit messages=1", "mta_disconnected")
        if res == "PermFail":
            b = sid()
            s(f"{b} mda delivery evpid={g.hx(16)} from=<> to=<{frm}> rcpt=<{frm}> user={frm.split('@')[0]} delay=0s result=Ok stat=Delivered", "mda_delivery")

    def restart():
        s("warn: parent terminating", "warn_parent_terminating", st["parent"], "warn")
        L.tick(4)
        for k in ("pony", "parent", "lka", "queue"):
            st[k] = g.num(10000, 99999)
        s("info: OpenSMTPD 7.5.0 starting", "info_starting", st["parent"], "info")

    def lost_child():
        s(f"warn: lost child: {g.c(['pony express', 'lookup'])} exited abnormally", "warn_lost_child", st["parent"], "warn")
        s("warn: parent terminating", "warn_parent_terminating", st["parent"], "warn")
        L.tick(20)
        for k in ("pony", "parent", "lka", "queue"):
            st[k] = g.num(10000, 99999)
        s("info: OpenSMTPD 7.5.0 starting", "info_starting", st["parent"], "info")

    def lka_warn():
        s(f"warn: lka: dns lookup failed for {g.c(['mx.steuerbuero-lenz.example', 'mail.kunde-a.example'])}: Temporary failure in name resolution", "warn_lka_dns", st["lka"], "warn")

    s("info: OpenSMTPD 7.5.0 starting", "info_starting", st["parent"], "info")
    ev = [(30, inbound), (28, bot), (14, submission), (0.1, restart), (0.08, lost_child), (0.4, lka_warn)]
    return L.run(slowed(L, ev, 40), None)


# 5 ---------------------------------------------------------------- OpenTelemetry Collector Contrib 0.112 as the DaemonSet agent of a Kubernetes cluster (filelog, OTLP, Prometheus and kubeletstats
#   receivers; batch, memory_limiter, k8sattributes; OTLP to Tempo, Loki's OTLP endpoint and Prometheus remote-write), `kubectl logs -n observability
#   otel-agent-7xk2p --timestamps=false > otel-agent.log`: zap's console encoding, "2026-12-01T10:00:00.123Z<TAB>info<TAB>caller<TAB>message<TAB>{json fields}";
#   the start-up, files watched as pods come and go, exporters failing and retrying while Tempo restarts, gRPC's own lines, dropped data with zap's stack trace
#   under the error (function lines and tab-indented file lines), the memory limiter forcing GCs, scrape failures, a restart of the pod
@checked
def log_otelcol(seed):
    L = Log("otelcol_contrib_kubectl_logs", seed, "full", True, True)
    g = L.g
    V = "v0.112.0"
    PODS = [("shop", "web-7c9f5d8b4-" + g.alnum(5), "web"), ("shop", "checkout-5f6d7b9c8-" + g.alnum(5), "checkout"), ("shop", "cart-66d4c9f7d5-" + g.alnum(5), "cart"),
            ("kube-system", "coredns-7db6d8ff4d-" + g.alnum(5), "coredns"), ("observability", "loki-0", "loki"), ("shop", "payments-7b8c9d6f5-" + g.alnum(5), "payments")]
    EXP = {"traces": "otlp/tempo", "logs": "otlphttp/loki", "metrics": "prometheusremotewrite"}
    st = {"tempo_down": False}

    def z(lv, caller, msg, fields=None, ev=None, stack=None):
        ms_(L, 0, 50)
        f = ("\t" + json.dumps(fields, separators=(", ", ": "))) if fields is not None else ""
        comp = f"{caller}|{caller.rsplit(':', 1)[0]}"
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z\t{lv}\t{caller}\t{msg}{f}", ev, lv, comp)
        for fn, path in stack or []:
            L.emit(fn, "stack_function", lv, comp)
            L.emit("\t" + path, "stack_file", lv, comp)

    def start():
        z("info", f"service@{V}/service.go:135", "Setting up own telemetry...", None, "setting_up_telemetry")
        z("info", "telemetry/metrics.go:70", "Serving metrics", {"address": "0.0.0.0:8888", "metrics level": "Normal"}, "serving_metrics")
        z("info", "builders/builders.go:26", "Development component. May change in the future.", {"kind": "receiver", "name": "kubeletstats", "data_type": "metrics"}, "development_component")
        z("info", "memorylimiter/memorylimiter.go:151", "Using percentage memory limiter", {"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "total_memory_mib": 512, "limit_percentage": 80, "spike_limit_percentage": 25}, "using_percentage_limiter")
        z("info", "memorylimiter/memorylimiter.go:75", "Memory limiter configured", {"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "limit_mib": 409, "spike_limit_mib": 128, "check_interval": 1}, "limiter_configured")
        z("info", f"service@{V}/service.go:207", "Starting otelcol-contrib...", {"Version": "0.112.0", "NumCPU": 4}, "starting_otelcol")
        z("info", "extensions/extensions.go:39", "Starting extensions...", None, "starting_extensions")
        for ext in ["health_check", "file_storage"]:
            z("info", "extensions/extensions.go:42", "Extension is starting...", {"kind": "extension", "name": ext}, "extension_starting")
            if ext == "health_check":
                z("info", f"healthcheckextension@{V}/healthcheckextension.go:33", "Starting health_check extension", {"kind": "extension", "name": "health_check", "config": {"Endpoint": "0.0.0.0:13133", "TLSSetting": None, "CORS": None, "Auth": None, "MaxRequestBodySize": 0, "IncludeMetadata": False, "ResponseHeaders": None, "CompressionAlgorithms": None, "ReadTimeout": 0, "ReadHeaderTimeout": 0, "WriteTimeout": 0, "IdleTimeout": 0, "Path": "/", "ResponseBody": None, "CheckCollectorPipeline": {"Enabled": False, "Interval": "5m", "ExporterFailureThreshold": 5}}}, "starting_health_check")
            z("info", "extensions/extensions.go:59", "Extension started.", {"kind": "extension", "name": ext}, "extension_started")
        z("info", f"k8sattributesprocessor@{V}/processor.go:121", "started the kube client", {"kind": "processor", "name": "k8sattributes", "pipeline": "logs"}, "kube_client_started") if g.r.random() < 0.5 else None
        for dt_, ep in [("traces", "0.0.0.0:4317"), ("traces", "0.0.0.0:4318")]:
            z("info", f"otlpreceiver@{V}/otlp.go:{112 if ep.endswith('7') else 169}", "Starting GRPC server" if ep.endswith("7") else "Starting HTTP server", {"kind": "receiver", "name": "otlp", "data_type": dt_, "endpoint": ep}, "starting_grpc" if ep.endswith("7") else "starting_http")
        z("info", "fileconsumer/file.go:256", "Started watching file from end. To read preexisting logs, configure the argument 'start_at' to 'beginning'", {"kind": "receiver", "name": "filelog", "data_type": "logs", "component": "fileconsumer", "path": "/var/log/pods/*/*/*.log"}, "watching_from_end")
        z("info", "healthcheck/handler.go:132", "Health Check state change", {"kind": "extension", "name": "health_check", "status": "ready"}, "health_state_change")
        z("info", f"service@{V}/service.go:230", "Everything is ready. Begin running and processing data.", None, "everything_ready")

    def watch():
        ns, pod, c = g.c(PODS)
        z("info", "fileconsumer/file.go:261", "Started watching file", {"kind": "receiver", "name": "filelog", "data_type": "logs", "component": "fileconsumer", "path": f"/var/log/pods/{ns}_{pod}_{g.uuid()}/{c}/{g.num(0, 4)}.log"}, "started_watching")

    def export_fail():
        pipe = g.c(["traces", "traces", "traces", "logs", "logs", "metrics"])
        name = EXP[pipe]
        target = {"traces": "tempo-distributor.observability.svc:4317", "logs": "http://loki-gateway.observability.svc/otlp/v1/logs", "metrics": "http://prometheus.observability.svc:9090/api/v1/write"}[pipe]
        if pipe == "traces":
            err = g.c([f"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.96.{g.num(0, 255)}.{g.num(1, 254)}:4317: connect: connection refused\"",
                       "rpc error: code = DeadlineExceeded desc = context deadline exceeded", "rpc error: code = ResourceExhausted desc = RATE_LIMITED: ingestion rate limit (15000000 bytes) exceeded while adding 412 bytes"])
        elif pipe == "logs":
            err = g.c([f"failed to make an HTTP request: Post \"{target}\": dial tcp 10.96.44.12:80: connect: connection refused", "Throttle (60s), error: error exporting items, request to " + target + " responded with HTTP Status Code 429"])
        else:
            err = f"Permanent error: Permanent error: remote write returned HTTP status 400 Bad Request; err = %!w(<nil>): out of order sample"
        if pipe != "metrics" and g.r.random() < 0.9 or pipe == "metrics" and g.r.random() < 0.5:
            z("info", "internal/retry_sender.go:126", "Exporting failed. Will retry the request after interval.", {"kind": "exporter", "data_type": pipe, "name": name, "error": err, "interval": f"{g.f(2, 40, 6 if g.r.random() < 0.5 else 9)}s"}, "retry_after_interval")
        else:
            z("error", "internal/queue_sender.go:92", "Exporting failed. Dropping data.", {"kind": "exporter", "data_type": pipe, "name": name, "error": ("no more retries left: " if pipe != "metrics" else "") + err, "dropped_items": g.num(1, 9000)}, "dropping_data",
              [("go.opentelemetry.io/collector/exporter/exporterhelper/internal.NewQueueSender.func1", f"go.opentelemetry.io/collector/exporter@{V}/exporterhelper/internal/queue_sender.go:92"),
               ("go.opentelemetry.io/collector/exporter/internal/queue.(*boundedMemoryQueue[...]).Consume", f"go.opentelemetry.io/collector/exporter@{V}/internal/queue/bounded_memory_queue.go:52"),
               ("go.opentelemetry.io/collector/exporter/internal/queue.(*Consumers[...]).Start.func1", f"go.opentelemetry.io/collector/exporter@{V}/internal/queue/consumers.go:43")])

    def grpc():
        z("info", "zapgrpc/zapgrpc.go:176", f"[core] [Channel #{g.num(1, 9)} SubChannel #{g.num(2, 20)}]grpc: addrConn.createTransport failed to connect to {{Addr: \"tempo-distributor.observability.svc:4317\", ServerName: \"tempo-distributor.observability.svc:4317\", }}. Err: connection error: desc = \"transport: Error while dialing: dial tcp 10.96.{g.num(0, 255)}.{g.num(1, 254)}:4317: connect: connection refused\"", {"grpc_log": True}, "grpc_create_transport")

    def memlim():
        p = g.c(["traces", "logs", "metrics"])
        z("warn", "memorylimiter/memorylimiter.go:226", "Memory usage is above soft limit. Forcing a GC.", {"kind": "processor", "name": "memory_limiter", "pipeline": p, "cur_mem_mib": g.num(290, 400)}, "above_soft_limit")
        L.tick(0.4)
        z("info", "memorylimiter/memorylimiter.go:196", "Memory usage after GC.", {"kind": "processor", "name": "memory_limiter", "pipeline": p, "cur_mem_mib": g.num(150, 280)}, "usage_after_gc")
        if g.r.random() < 0.15:
            z("warn", "memorylimiter/memorylimiter.go:213", "Memory usage is above hard limit. Forcing a GC.", {"kind": "processor", "name": "memory_limiter", "pipeline": p, "cur_mem_mib": g.num(410, 480)}, "above_hard_limit")

    def scrape():
        inst = g.c([f"10.244.{g.num(0, 3)}.{g.num(2, 250)}:9100", f"10.244.{g.num(0, 3)}.{g.num(2, 250)}:8080", "kube-state-metrics.kube-system.svc:8080"])
        job = "node-exporter" if inst.endswith("9100") else ("kube-state-metrics" if "kube-state" in inst else "shop-pods")
        z("warn", "internal/transaction.go:129", "Failed to scrape Prometheus endpoint", {"kind": "receiver", "name": "prometheus", "data_type": "metrics", "scrape_timestamp": int(epoch(L.t) * 1000), "target_labels": f"{{__name__=\"up\", instance=\"{inst}\", job=\"{job}\"}}"}, "failed_scrape")

    def kubelet():
        z("error", "scraperhelper/scrapercontroller.go:204", "Error scraping metrics", {"kind": "receiver", "name": "kubeletstats", "data_type": "metrics", "error": f"Get \"https://{g.c(['node-a1', 'node-a2', 'node-b1'])}:10250/stats/summary\": context deadline exceeded", "scraper": "kubeletstats"}, "error_scraping",
          [("go.opentelemetry.io/collector/receiver/scraperhelper.(*controller).scrapeMetricsAndReport", f"go.opentelemetry.io/collector/receiver@{V}/scraperhelper/scrapercontroller.go:204"),
           ("go.opentelemetry.io/collector/receiver/scraperhelper.(*controller).startScraping.func1", f"go.opentelemetry.io/collector/receiver@{V}/scraperhelper/scrapercontroller.go:180")])

    def k8s():
        z("warn", f"k8sattributesprocessor@{V}/processor.go:169", "failed to associate resource with pod", {"kind": "processor", "name": "k8sattributes", "pipeline": "logs", "pod_identifier": f"{{\"k8s.pod.uid\":\"{g.uuid()}\"}}"}, "failed_associate") if g.r.random() < 0.5 else \
            z("info", "fileconsumer/file.go:263", "Stopped watching file", {"kind": "receiver", "name": "filelog", "data_type": "logs", "component": "fileconsumer", "path": f"/var/log/pods/shop_{g.c(PODS)[1]}_{g.uuid()}/{g.c(PODS)[2]}/0.log"}, "stopped_watching")

    def restart():
        z("info", "otelcol/collector.go:328", "Received signal from OS", {"signal": "terminated"}, "received_signal")
        z("info", f"service@{V}/service.go:266", "Starting shutdown...", None, "starting_shutdown")
        z("info", "healthcheck/handler.go:132", "Health Check state change", {"kind": "extension", "name": "health_check", "status": "unavailable"}, "health_state_change")
        z("info", "extensions/extensions.go:66", "Stopping extensions...", None, "stopping_extensions")
        z("info", f"service@{V}/service.go:280", "Shutdown complete.", None, "shutdown_complete")
        L.tick(20)
        start()

    start()
    ev = [(12, watch), (30, export_fail), (8, grpc), (10, memlim), (12, scrape), (1.2, kubelet), (6, k8s), (0.12, restart)]
    return L.run(slowed(L, ev, 20), None)


# 6 ---------------------------------------------------------------- Pi-hole 2025 (v6: Core, Web and FTL in one container) as a family's DNS filter on a Raspberry Pi, `docker logs pihole > pihole.log`:
#   two writers, the container's start script ("  [i] Starting FTL configuration", indented lists, empty lines, no time) and FTL's own lines ("2026-12-01
#   10:00:00.123 UTC [63M] INFO: ..." with the process id and M for its main thread or /T<tid> for another); FTL's start-up with its database summary, upstream
#   errors, rate-limited clients, gravity reloads, load warnings, API sessions, a container restart with the stop script's lines
@checked
def log_pihole(seed):
    L = Log("pihole_docker_logs", seed, "full", True, False)
    g = L.g
    st = {"pid": g.num(50, 90), "q": g.num(20000, 90000), "sess": g.num(1, 5), "up": L.t}
    CLIENTS = ["192.168.178.20", "192.168.178.21", "192.168.178.35", "192.168.178.40", "192.168.178.52", "192.168.178.60", "192.168.178.77"]

    def sh(text, ev):
        L.emit(text, ev)

    def f(lv, msg, ev, thread=None):
        ms_(L, 0, 20)
        th = f"{st['pid']}M" if thread is None else f"{st['pid']}/T{st['pid'] + thread % 37 + 1}"
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} UTC [{th}] {lv}: {msg}", ev, lv)

    def start_script():
        for text, ev in [("  [i] Setting up user & group for the pihole user", "sh_setting_up_user"), ("  [i] PIHOLE_UID not set in environment, using default (1000)", "sh_uid_default"),
                         ("  [i] PIHOLE_GID not set in environment, using default (1000)", "sh_gid_default"), ("", "blank"), ("  [i] Starting FTL configuration", "sh_starting_ftl_config"),
                         ("  [i] Assigning password defined by Environment Variable", "sh_assign_password"), ("  [i] Starting crond for scheduled scripts. Randomizing times for gravity and update checker", "sh_starting_crond"),
                         ("", "blank"), ("  [i] Ensuring logrotate script exists in /etc/pihole", "sh_logrotate"), ("", "blank"), ("  [i] Gravity migration checks", "sh_gravity_checks"),
                         ("  [i] Existing gravity database found - schema will be upgraded if necessary", "sh_gravity_found"), ("", "blank"), ("  [i] pihole-FTL pre-start checks", "sh_prestart"),
                         ("  [i] Setting capabilities on pihole-FTL where possible", "sh_setcap"), ("  [i] Applying the following caps to pihole-FTL:", "sh_caps")]:
            sh(text, ev)
        for c in ["CAP_CHOWN", "CAP_NET_BIND_SERVICE", "CAP_NET_RAW", "CAP_NET_ADMIN", "CAP_SYS_NICE"]:
            sh(f"        * {c}", "sh_cap_item")
        sh("  [i] Starting pihole-FTL (no-daemon) as pihole", "sh_starting_ftl")
        sh("", "blank")
        sh("  [i] Version info:", "sh_version_info")
        for comp, v in [("Core", "v6.0.4"), ("Web", "v6.0.1"), ("FTL", "v6.0.2")]:
            sh(f"      {comp} version is {v} (Latest: {v if g.r.random() < 0.8 else 'v6.0.5'})", "sh_version_line")
        sh("", "blank")
        L.tick(1)
        ftl_start()

    def ftl_start():
        st["pid"] = g.num(50, 90)
        st["up"] = L.t
        f("INFO", f"########## FTL started on {g.c(['pihole'])}! ##########", "ftl_started")
        f("INFO", "FTL branch: master", "ftl_branch")
        f("INFO", "FTL version: v6.0.2", "ftl_version")
        f("INFO", "FTL commit: 8a4e1b3c", "ftl_commit")
        f("INFO", "FTL date: 2025-02-21 21:48:28 +0000", "ftl_date")
        f("INFO", "FTL user: pihole", "ftl_user")
        f("INFO", "Compiled for linux/arm64/v8 (compiled on CI) using cc (Alpine 14.2.0) 14.2.0", "ftl_compiled")
        f("INFO", "Wrote config file:", "wrote_config")
        f("INFO", f" - 152 total entries", "config_total")
        f("INFO", f" - {152 - 4} entries are default", "config_default")
        f("INFO", " - 4 entries are modified", "config_modified")
        f("INFO", " - 0 entries are forced through environment", "config_forced")
        f("INFO", "Parsed config file /etc/pihole/pihole.toml successfully", "parsed_config")
        f("INFO", "PID file does not exist or not readable", "pid_file_missing")
        f("INFO", "No other running FTL process found.", "no_other_ftl")
        f("INFO", f"PID of FTL process: {st['pid']}", "pid_of_ftl")
        f("INFO", "listening on 0.0.0.0 port 53", "listening_on")
        f("INFO", "listening on :: port 53", "listening_on")
        f("INFO", "Database version is 21", "db_version")
        f("INFO", "Database successfully initialized", "db_initialized")
        tot = g.num(20000, 200000)
        f("INFO", f"Imported {tot} queries from the on-disk database (it has {tot * g.num(3, 9)} rows)", "imported_queries")
        f("INFO", "Parsing queries in database", "parsing_queries")
        f("INFO", f"Imported {tot} queries from the long-term database", "imported_longterm")
        for k, v in [("Total DNS queries", tot), ("Cached DNS queries", tot // 4), ("Forwarded DNS queries", tot // 2), ("Blocked DNS queries", tot // 5), ("Unknown DNS queries", 0),
                     ("Unique domains", g.num(800, 4000)), ("Unique clients", len(CLIENTS) + g.num(0, 9)), ("DNS cache records", g.num(200, 900)), ("Known forward destinations", 2)]:
            f("INFO", f" -> {k}: {v}", "summary_item")
        f("INFO", "FTL is running as user pihole (UID 1000)", "running_as")
        f("INFO", "Reading certificate from /etc/pihole/tls.pem ...", "reading_cert")
        f("INFO", "Using SSL/TLS certificate file /etc/pihole/tls.pem", "using_cert")
        f("INFO", "Web server ports:", "web_ports")
        f("INFO", "  - 0.0.0.0:80 (HTTP, IPv4, optional, OK)", "web_port_item")
        f("INFO", "  - 0.0.0.0:443 (HTTPS, IPv4, optional, OK)", "web_port_item")
        f("INFO", f"Restored {g.num(0, 4)} API sessions from the database", "restored_sessions")
        f("INFO", "Blocking status is enabled", "blocking_enabled")
        L.tick(1)
        f("INFO", f"Compiled 2 allow and {g.num(0, 3)} deny regex for {len(CLIENTS)} clients in {g.f(0.3, 3, 1)} msec", "compiled_regex", g.num(60, 99))

    def upstream():
        up = g.c(["1.1.1.1#53", "9.9.9.9#53", "192.168.178.1#53"])
        r = g.r.random()
        if r < 0.5:
            f("WARNING", f"Connection error ({up}): TCP connection failed while receiving payload length from upstream (Connection prematurely closed by remote server)", "conn_error_tcp")
        elif r < 0.8:
            f("WARNING", f"Connection error ({up}): failed to send UDP request ({g.c(['Network unreachable', 'Operation not permitted'])})", "conn_error_udp")
        else:
            f("WARNING", f"Maximum number of concurrent DNS queries reached (max: 150)", "max_concurrent")

    def ratelimit():
        c = g.c(CLIENTS)
        f("INFO", f"Rate-limiting {c} for at least {g.num(1, 60)} seconds", "rate_limiting")
        if g.r.random() < 0.5:
            L.tick(60)
            f("INFO", f"Ending rate-limitation of {c}", "ending_rate_limit", g.num(60, 99))

    def load():
        f("WARNING", f"Long-term load (15min avg) larger than number of processors: {g.f(4.05, 6.5, 1)} > 4", "long_term_load", g.num(60, 99))

    def gravity():
        f("INFO", "Received: Real-time signal 0 (34 -> 0)", "received_rt_signal")
        f("INFO", "Reloading DNS cache", "reloading_cache")
        f("INFO", f"Gravity database has been updated, reloading now", "gravity_updated", g.num(60, 99)) if g.r.random() < 0.5 else None
        f("INFO", f"Compiled 2 allow and {g.num(0, 3)} deny regex for {len(CLIENTS)} clients in {g.f(0.3, 3, 1)} msec", "compiled_regex", g.num(60, 99))
        f("INFO", f"Blocking status is enabled", "blocking_enabled")

    def api():
        r = g.r.random()
        ip = g.c(CLIENTS[:3])
        if r < 0.6:
            st["sess"] += 1
            f("INFO", f"API: New session created for {ip} (ID {st['sess']})", "api_new_session", g.num(60, 99))
        elif r < 0.85:
            f("WARNING", f"API: Login attempt from {ip} failed: Wrong password", "api_login_failed", g.num(60, 99))
        else:
            f("INFO", f"API: Session {g.num(1, st['sess'])} for {ip} expired", "api_session_expired", g.num(60, 99))

    def dnssec():
        f("WARNING", f"DNSSEC validation failed for {g.c(['dnssec-failed.org', 'tracking.' + g.alnum(6) + '.example', 'cdn.' + g.alnum(5) + '.example'])}: BOGUS (RRSIG missing)", "dnssec_bogus")

    def restart():
        sh("  [i] Container stop requested...", "sh_stop_requested")
        sh("  [i] pihole-FTL is running - Attempting to shut it down cleanly", "sh_shutting_down")
        sh("", "blank")
        f("INFO", f"Asked to terminate by \"/usr/bin/bash /usr/bin/start.sh\" (PID 1, user root UID 0)", "asked_to_terminate")
        f("INFO", "Shutting down... // exit code 0 // jmpret 0", "shutting_down")
        up = L.t - st["up"]
        f("INFO", "Finished final database update", "final_db_update")
        f("INFO", "Waiting for threads to join", "waiting_threads")
        f("INFO", "Thread database (0) is idle, terminating it.", "thread_idle")
        f("INFO", "All threads joined", "threads_joined")
        f("INFO", "PID file emptied", "pid_emptied")
        f("INFO", f"########## FTL terminated after {up.days}d {up.seconds // 3600}h {up.seconds % 3600 // 60}m {up.seconds % 60}s  (code 0)! ##########", "ftl_terminated")
        sh("", "blank")
        sh("  [i] pihole-FTL exited with status 0", "sh_ftl_exited")
        sh("", "blank")
        sh("  [i] Container will now stop or restart depending on your restart policy", "sh_will_stop")
        sh("      https://docs.docker.com/engine/containers/start-containers-automatically/#use-a-restart-policy", "sh_restart_url")
        sh("", "blank")
        L.tick(30)
        start_script()

    start_script()
    ev = [(30, upstream), (10, ratelimit), (6, load), (5, gravity), (12, api), (8, dnssec), (0.25, restart)]
    L.run(slowed(L, ev, 120), None)
    return carry_time(L, lambda r: not r[1].startswith("sh_") and r[1] != "blank")


# 7 ---------------------------------------------------------------- Pomerium 0.28 (all-in-one, Kubernetes) as the identity-aware proxy in front of a software company's internal tools (Grafana, Argo CD, a
#   wiki, Jenkins), `kubectl logs deploy/pomerium > pomerium.log`: zerolog's JSON lines {"level":...,fields...,"time":"2026-12-01T10:00:00Z","message":...}; envoy's
#   access lines ("http-request"), the authorize decisions (allowed, unauthenticated, denied), Envoy's own lines relayed with its logger name, identity manager
#   session refreshes and failures, configuration reloads and the data broker's syncers, certificate work
@checked
def log_pomerium(seed):
    L = Log("pomerium_json", seed, "full", True, True)
    g = L.g
    ROUTES = [("grafana.tools.example.net", ["/", "/api/search", "/api/dashboards/uid/" + g.alnum(9), "/api/live/ws", "/public/build/app.js"]),
              ("argocd.tools.example.net", ["/applications", "/api/v1/applications", "/api/v1/stream/applications", "/api/v1/session/userinfo"]),
              ("wiki.tools.example.net", ["/", "/s/eng/p/onboarding", "/api/pages.info", "/static/app.css"]),
              ("jenkins.tools.example.net", ["/job/backend/job/main/lastBuild/api/json", "/ajaxBuildQueue", "/job/frontend/"])]
    RID = {h: "route-" + g.hx(16) for h, _ in ROUTES}
    USERS = [(f"{u}@example.net", g.hx(21)) for u in ["alice", "bob", "chen", "dmitri", "emma", "farah", "gustav"]]
    UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
          "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
          "argocd/v2.13.1 (linux/amd64)", "Grafana/11.3.1"]

    def j(d, ev):
        ms_(L, 0, 300)
        lv = d["level"]
        d = dict(d)
        d["time"] = f"{L.t:%Y-%m-%dT%H:%M:%S}Z"
        msg = d.pop("message")
        d["message"] = msg
        L.emit(json.dumps(d, separators=(",", ":")), ev, lv, d.get("service"))

    def request():
        host, paths = g.c(ROUTES)
        path = g.c(paths)
        ip = g.ip("pub") if g.r.random() < 0.4 else f"10.60.{g.num(0, 9)}.{g.num(2, 250)}"
        rid = g.uuid()
        u = g.c(USERS)
        r = g.r.random()
        if r < 0.82:
            j({"level": "info", "service": "authorize", "request-id": rid, "check-request-id": g.uuid(), "method": "GET", "path": path, "host": host, "query": "", "ip": ip,
               "session-id": g.uuid(), "user": u[1], "email": u[0], "allow": True, "allow-why-true": ["email-ok"] if "jenkins" not in host else ["domain-ok"], "deny": False, "deny-why-false": [], "message": "authorize check"}, "authorize_allowed")
            code = g.c([200] * 12 + [101, 304, 302, 404, 500, 502])
        elif r < 0.94:
            j({"level": "info", "service": "authorize", "request-id": rid, "check-request-id": g.uuid(), "method": "GET", "path": path, "host": host, "query": "", "ip": ip,
               "allow": False, "allow-why-false": ["user-unauthenticated"], "deny": False, "deny-why-false": [], "message": "authorize check"}, "authorize_unauthenticated")
            code = 302
        else:
            j({"level": "info", "service": "authorize", "request-id": rid, "check-request-id": g.uuid(), "method": "GET", "path": path, "host": host, "query": "", "ip": ip,
               "session-id": g.uuid(), "user": u[1], "email": u[0], "allow": False, "allow-why-false": ["email-unauthorized", "domain-unauthorized"], "deny": False, "deny-why-false": [], "message": "authorize check"}, "authorize_denied")
            code = 403
        j({"level": "info", "service": "envoy", "upstream-cluster": RID[host] if code not in (302, 403) else "", "method": "GET", "authority": host, "path": path, "user-agent": g.c(UA), "referer": "",
           "forwarded-for": ip, "request-id": rid, "duration": round(g.r.uniform(0.4, 900), 3), "size": g.num(0, 400000), "response-code": code,
           "response-code-details": {302: "ext_authz_denied", 403: "ext_authz_denied", 101: "via_upstream", 502: "upstream_reset_before_response_started{connection_failure}"}.get(code, "via_upstream"), "message": "http-request"}, "http_request")

    def callback():
        u = g.c(USERS)
        j({"level": "info", "service": "authenticate", "request-id": g.uuid(), "email": u[0], "user": u[1], "message": "authenticate: session created"}, "session_created")

    def refresh():
        u = g.c(USERS)
        if g.r.random() < 0.85:
            j({"level": "info", "service": "identity_manager", "session_id": g.uuid(), "user_id": u[1], "message": "refreshing session"}, "refreshing_session")
        else:
            j({"level": "error", "service": "identity_manager", "error": g.c(["oauth2: \"invalid_grant\" \"Token has been expired or revoked.\"", "oauth2: token expired and refresh token is not set"]),
               "session_id": g.uuid(), "user_id": u[1], "message": "failed to refresh oauth2 token, deleting session"}, "refresh_failed")

    def envoy():
        r = g.r.random()
        if r < 0.4:
            j({"level": "warn", "service": "envoy", "name": "upstream", "message": f"[{g.num(10, 40)}] upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111"}, "envoy_upstream_reset")
        elif r < 0.7:
            j({"level": "info", "service": "envoy", "name": "upstream", "message": f"cds: add {len(ROUTES) + g.num(2, 6)} cluster(s), remove {g.num(0, 2)} cluster(s)"}, "envoy_cds_add")
        else:
            j({"level": "info", "service": "envoy", "name": "upstream", "message": f"lds: add/update listener 'https-ingress'"}, "envoy_lds_update")

    def config():
        j({"level": "info", "checksum": g.hx(16), "config_file_source": "/pomerium/config.yaml", "bootstrap": False, "message": "config: updated config from file"}, "config_updated")
        j({"level": "info", "syncer_id": "authorize", "syncer_type": "type.googleapis.com/pomerium.config.Config", "message": "syncing latest records"}, "syncer_syncing")
        j({"level": "info", "service": "controlplane", "checksum": g.hx(16), "message": "controlplane: updating routes"}, "updating_routes") if g.r.random() < 0.6 else None

    def cert():
        j({"level": "error", "error": f"remote error: tls: {g.c(['bad certificate', 'unknown certificate authority'])}", "ip": g.ip("pub"), "message": "http: TLS handshake error"}, "tls_handshake_error")

    def databroker():
        j({"level": "info", "service": "databroker", "record_type": g.c(["type.googleapis.com/session.Session", "type.googleapis.com/user.User"]), "server_version": g.num(10 ** 18, 2 * 10 ** 18),
           "record_version": g.num(1000, 90000), "message": "sync latest"}, "databroker_sync_latest")

    for d, ev in [({"level": "info", "config_file_source": "/pomerium/config.yaml", "bootstrap": True, "message": "enabled authenticate service"}, "enabled_service"),
                  ({"level": "info", "config_file_source": "/pomerium/config.yaml", "bootstrap": True, "message": "enabled authorize service"}, "enabled_service"),
                  ({"level": "info", "config_file_source": "/pomerium/config.yaml", "bootstrap": True, "message": "enabled proxy service"}, "enabled_service"),
                  ({"level": "info", "config_file_source": "/pomerium/config.yaml", "bootstrap": True, "message": "enabled databroker service"}, "enabled_service"),
                  ({"level": "info", "addr": "127.0.0.1:38435", "message": "grpc: listening on"}, "grpc_listening"),
                  ({"level": "info", "addr": "127.0.0.1:45871", "message": "http: listening on"}, "http_listening"),
                  ({"level": "info", "service": "envoy", "name": "main", "message": "initializing epoch 0 (base id=0, hot restart version=disabled)"}, "envoy_initializing"),
                  ({"level": "info", "service": "envoy", "name": "main", "message": "starting main dispatch loop"}, "envoy_main_loop")]:
        j(d, ev)
    ev = [(60, request), (4, callback), (10, refresh), (6, envoy), (1.5, config), (3, cert), (5, databroker)]
    return L.run(slowed(L, ev, 3), None)


# 8 ---------------------------------------------------------------- QNAP TS-873A (QTS 5.2) of an architecture office, the system event log exported from QuLog Center as CSV for the support case
#   ("Export" in the event log view), newest first: a header row, then "Severity","Date","Time","User","Source IP","Computer Name","Application","Category",
#   "Content" with every field quoted and quotes inside doubled; snapshots, backup jobs, antivirus and malware scans, failed logins from the internet and
#   the IP block list, a disk going bad with its S.M.A.R.T. warnings and a RAID rebuild, firmware and app updates, restarts, network adapters
@checked
def log_qnap(seed):
    L = Log("qnap_qulog_csv_export", seed, "full", True, True, start=dt.datetime(2026, 9, 12, 0, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"disk3": 0}

    def q(sev, user, ip, comp, app, cat, content, ev):
        L.t += dt.timedelta(seconds=g.num(0, 20))
        cells = [sev, f"{L.t:%Y/%m/%d}", f"{L.t:%H:%M:%S}", user, ip, comp, app, cat, f"[{app}] {content}"]
        L.emit(",".join('"' + c.replace('"', '""') + '"' for c in cells), ev, sev, app)

    def sysq(sev, app, cat, content, ev):
        q(sev, "System", "127.0.0.1", "localhost", app, cat, content, ev)

    def snapshot():
        vol = g.c(["DataVol1", "DataVol1", "Projekte", "Archiv"])
        name = f"GMT+01_{L.t:%Y-%m-%d_%H%M}"
        sysq("Information", "Storage & Snapshots", "Snapshot", f'Created snapshot "{name}" for volume "{vol}".', "snapshot_created")
        if g.r.random() < 0.7:
            old = L.t - dt.timedelta(days=g.num(14, 30))
            sysq("Information", "Storage & Snapshots", "Snapshot", f'Deleted snapshot "GMT+01_{old:%Y-%m-%d_%H%M}" from volume "{vol}" because of snapshot retention policy.', "snapshot_deleted")

    def backup():
        job = g.c(["Nightly-USB", "Offsite-S3", "Projekte-to-NAS2"])
        sysq("Information", "Hybrid Backup Sync", "Job Status", f'Started backup job: "{job}".', "hbs_started")
        L.tick(600)
        r = g.r.random()
        if r < 0.85:
            sysq("Information", "Hybrid Backup Sync", "Job Status", f'Completed backup job: "{job}". Transferred files: {g.num(0, 9000)}. Transferred size: {g.f(0.1, 90, 2)} GB.', "hbs_completed")
        elif r < 0.95:
            sysq("Warning", "Hybrid Backup Sync", "Job Status", f'Completed backup job with warnings: "{job}". {g.num(1, 30)} file(s) skipped because they were in use.', "hbs_warnings")
        else:
            sysq("Error", "Hybrid Backup Sync", "Job Status", f'Failed to complete backup job: "{job}". Error: {g.c(["The destination is unreachable.", "Authentication failed. Check the credentials of the storage space.", "Insufficient space on the destination."])}', "hbs_failed")

    def av():
        sysq("Information", "Antivirus", "Scan", 'Started scanning. Job: "Weekly full scan".', "av_started")
        L.tick(3600)
        inf = g.c([0, 0, 0, 0, 1])
        sysq("Information" if not inf else "Warning", "Antivirus", "Scan", f'Scan completed. Job: "Weekly full scan". Scanned files: {g.num(100000, 900000)}. Infected files: {inf}.', "av_completed")
        if inf:
            sysq("Warning", "Antivirus", "Scan", f'Infected file found: "/share/Public/Downloads/{g.c(["Rechnung_2026", "Lieferschein", "scan0042"])}.zip" ({g.c(["Win.Trojan.Agent-1234567", "Doc.Downloader.Emotet-9876"])}). Action: Quarantined.', "av_infected")

    def avdef():
        sysq("Information", "Antivirus", "Update", "Virus definitions updated.", "av_definitions")

    def malware():
        sysq("Information", "Malware Remover", "Scan", "Started scanning.", "mr_started")
        L.tick(300)
        sysq("Information", "Malware Remover", "Scan", "Scan completed. No malware found.", "mr_no_malware")

    def login():
        ip = g.ip("pub")
        u = g.c(["admin", "admin", "administrator", "root", "test", "qnap", "support"])
        meth = g.c(["HTTPS", "HTTP", "SSH", "FTP"])
        for _ in range(g.num(1, 5)):
            q("Warning", u, ip, "---", "Users", "Login", f'Failed to log in via user account "{u}". Source IP address: {ip}. Access method: {meth}.', "login_failed")
            L.t += dt.timedelta(seconds=g.num(1, 30))
        if g.r.random() < 0.4:
            sysq("Warning", "Access Control", "IP Access Protection", f'Added "{ip}" to the IP blocklist. Reason: Too many failed login attempts ({meth}).', "ip_blocked")

    def admin_login():
        ip = f"192.168.10.{g.num(20, 60)}"
        u = g.c(["admin_mk", "admin_mk", "jbauer"])
        q("Information", u, ip, g.c(["ARCH-WS12", "ARCH-NB03", "---"]), "Users", "Login", f'User "{u}" logged in via {g.c(["HTTPS", "QTS Mobile", "SMB"])}.', "login_ok")

    def disk():
        st["disk3"] += 1
        n = st["disk3"]
        if n < 6:
            sysq("Warning", "Storage & Snapshots", "Disk", f"Host: Disk 3: S.M.A.R.T. status: Warning. Reallocated sector count: {n * g.num(8, 40)}.", "smart_warning")
        elif n == 6:
            sysq("Error", "Storage & Snapshots", "Disk", "Host: Disk 3: Medium error. Run a bad block scan on the disk.", "disk_medium_error")
            sysq("Warning", "Storage & Snapshots", "Storage Pool", 'Storage pool "1" (RAID 6) is in degraded mode.', "pool_degraded")
        elif n == 7:
            sysq("Information", "Storage & Snapshots", "Disk", "Host: Disk 3 plugged out.", "disk_plugged_out")
            sysq("Information", "Storage & Snapshots", "Disk", "Host: Disk 3 plugged in.", "disk_plugged_in")
            sysq("Information", "Storage & Snapshots", "RAID Group", 'Started rebuilding RAID group "1".', "rebuild_started")
            L.tick(60)
            for p in [25, 50, 75]:
                L.t += dt.timedelta(hours=g.num(1, 3))
                sysq("Information", "Storage & Snapshots", "RAID Group", f'Rebuilding RAID group "1": {p}% complete.', "rebuild_progress")
            L.t += dt.timedelta(hours=2)
            sysq("Information", "Storage & Snapshots", "RAID Group", 'Rebuilding skipped or completed for RAID group "1".', "rebuild_done")
            sysq("Information", "Storage & Snapshots", "Storage Pool", 'Storage pool "1" is ready.', "pool_ready")
        else:
            sysq("Information", "Storage & Snapshots", "Disk", f"Host: Disk {g.num(1, 8)}: Completed disk S.M.A.R.T. test (rapid). Result: Good.", "smart_test_ok")

    def scrub():
        sysq("Information", "Storage & Snapshots", "RAID Group", 'Started RAID scrubbing. RAID group: "1".', "scrub_started")
        L.tick(7200)
        sysq("Information", "Storage & Snapshots", "RAID Group", f'Completed RAID scrubbing. RAID group: "1". Mismatched blocks: {g.c([0, 0, 0, 8])}.', "scrub_completed")

    def firmware():
        r = g.r.random()
        if r < 0.7:
            sysq("Information", "Firmware Update", "Update", "Checked for firmware updates. No updates available.", "fw_none")
        else:
            sysq("Information", "Firmware Update", "Update", "New firmware is available: QTS 5.2.2.2950 build 20241114.", "fw_available")

    def apps():
        app, ver = g.c([("Container Station", "3.0.9.1038"), ("Hybrid Backup Sync", "26.1.0.1120"), ("Malware Remover", "6.6.8"), ("QuLog Center", "1.8.1.952"), ("Qsync Central", "5.0.4.1")])
        sysq("Information", "App Center", "App Update", f'Updated "{app}" to version {ver}.', "app_updated")

    def netif():
        a = g.c(["Adapter 1", "Adapter 2", "Adapter 3 (10GbE)"])
        sysq("Warning", "Network & Virtual Switch", "Network", f"[{a}] link is down.", "link_down")
        L.tick(20)
        sysq("Information", "Network & Virtual Switch", "Network", f"[{a}] link is up. Speed: {g.c(['1 Gbps', '10 Gbps', '2.5 Gbps'])}, full duplex.", "link_up")

    def cert():
        sysq("Information", "myQNAPcloud", "SSL Certificate", "Renewed the Let's Encrypt certificate for \"arch-office.myqnapcloud.com\".", "cert_renewed")

    def restart():
        q("Information", "admin_mk", f"192.168.10.{g.num(20, 60)}", "ARCH-WS12", "System", "Power", "System restart initiated by user.", "restart_initiated")
        L.tick(120)
        sysq("Information", "System", "Power", "System started.", "system_started")
        if g.r.random() < 0.2:
            sysq("Warning", "System", "Power", "The system was not shut down properly last time.", "not_shut_down_properly")

    def share():
        u = g.c(["jbauer", "mkoch", "sweber", "lfischer"])
        q("Information", "admin_mk", f"192.168.10.{g.num(20, 60)}", "ARCH-WS12", "Privilege", "Shared Folder", f'Changed access rights of shared folder "Projekte" for user "{u}": {g.c(["RW", "RO", "Deny"])}.', "share_rights")

    ev = [(14, snapshot), (10, backup), (2, av), (4, avdef), (4, malware), (9, login), (8, admin_login), (1.2, disk), (0.6, scrub), (2, firmware), (1.5, apps),
          (1.2, netif), (0.4, cert), (0.5, restart), (2, share)]
    L.run(slowed(L, ev, 2200), None)
    header = ('"Severity","Date","Time","User","Source IP","Computer Name","Application","Category","Content"', "csv_header", None, None, None)
    rows = L.rows[:N_LINES - 1]
    rows.reverse()
    L.rows = [header[:2] + (rows[0][2],) + header[3:]] + rows
    return L


# 9 ---------------------------------------------------------------- Sipwise rtpengine 12.5 as the media relay behind a Kamailio SBC of a regional VoIP provider, its syslog in /var/log/rtpengine.log:
#   "Dec  1 10:00:00 sbc1 rtpengine[1234]: INFO: [call-id]: [control] Received command 'offer' from 127.0.0.1:52342" (rtpengine's level word, the call id
#   and the media port it concerns in brackets, its subsystem); offers, answers and deletes with their dumps, peers confirmed and streams kernelized, the
#   final packet stats of each call with tags, media and ports, calls closed on timeout, pings, unknown call ids, ports running out, a restart
@checked
def log_rtpengine(seed):
    L = Log("rtpengine_syslog", seed, "noyear", True, True)
    g = L.g
    st = {"pid": g.num(1000, 9000), "calls": {}, "port": 30000}
    PUB = "81.20.44.10"
    PRIV = "10.40.0.10"

    def r(lv, sub, msg, ev, cid=None, port=None):
        ms_(L, 0, 30)
        ctx = ""
        if cid:
            ctx = f"[{cid}{' port ' + str(port) if port else ''}]: "
        L.emit(f"{syslog_ts(L.t)} sbc1 rtpengine[{st['pid']}]: {lv}: {ctx}[{sub}] {msg}", ev, lv, f"{sub}|rtpengine")

    def sdp(ip, port, sess):
        return f"v=0\\r\\no=- {sess} {sess} IN IP4 {ip}\\r\\ns=-\\r\\nc=IN IP4 {ip}\\r\\nt=0 0\\r\\nm=audio {port} RTP/AVP 8 0 101\\r\\na=rtpmap:8 PCMA/8000\\r\\na=rtpmap:0 PCMU/8000\\r\\na=rtpmap:101 telephone-event/8000\\r\\na=fmtp:101 0-16\\r\\na=ptime:20\\r\\na=sendrecv\\r\\n"

    def offer():
        cid = f"{g.hx(8)}-{g.hx(4)}-{g.hx(4)}@{g.c(['10.40.1.21', '10.40.1.22', g.ip('pub')])}" if g.r.random() < 0.6 else g.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
        ft, tt = g.hx(8), g.hx(8)
        cport = g.port()
        src = g.ip("pub")
        st["port"] = 30000 + (st["port"] - 30000 + 4) % 20000
        p = st["port"]
        st["calls"][cid] = (ft, tt, src, p, L.t)
        r("INFO", "control", f"Received command 'offer' from 127.0.0.1:{cport}", "received_command", cid)
        r("INFO", "control", f"Dump for 'offer' from 127.0.0.1:{cport}: {{ \"sdp\": \"{sdp(src, g.num(8000, 60000), g.num(10 ** 8, 10 ** 9))}\", \"ICE\": \"remove\", \"replace\": [ \"origin\", \"session-connection\" ], \"direction\": [ \"external\", \"internal\" ], \"call-id\": \"{cid}\", \"received-from\": [ \"IP4\", \"{src}\" ], \"from-tag\": \"{ft}\", \"command\": \"offer\" }}", "dump_for", cid)
        r("NOTICE", "core", "Creating new call", "creating_new_call", cid)
        if g.r.random() < 0.01:
            r("ERR", "ports", f"Failed to get 2 consecutive ports on interface {PUB} for media relay (last error: Cannot assign requested address)", "ports_failed", cid)
            r("ERR", "control", f"Error processing control command: Ran out of ports", "ran_out_of_ports", cid)
            return
        r("INFO", "control", f"Replying to 'offer' from 127.0.0.1:{cport} (elapsed time {g.f(0.0001, 0.004, 6)} sec)", "replying_to", cid)
        r("INFO", "control", f"Response dump for 'offer' to 127.0.0.1:{cport}: {{ \"sdp\": \"{sdp(PRIV, p + 2, g.num(10 ** 8, 10 ** 9))}\", \"result\": \"ok\" }}", "response_dump", cid)

    def answer():
        pend = [c for c, v in st["calls"].items() if len(v) == 5]
        if not pend:
            return offer()
        cid = g.c(pend)
        ft, tt, src, p, t0 = st["calls"][cid]
        cport = g.port()
        if g.r.random() < 0.08:
            st["calls"].pop(cid)
            r("INFO", "control", f"Received command 'delete' from 127.0.0.1:{cport}", "received_command", cid)
            r("NOTICE", "core", "Deleting entire call", "deleting_entire_call", cid)
            r("INFO", "control", f"Replying to 'delete' from 127.0.0.1:{cport} (elapsed time {g.f(0.0001, 0.002, 6)} sec)", "replying_to", cid)
            return
        st["calls"][cid] = (ft, tt, src, p, t0, True)
        r("INFO", "control", f"Received command 'answer' from 127.0.0.1:{cport}", "received_command", cid)
        r("INFO", "control", f"Dump for 'answer' from 127.0.0.1:{cport}: {{ \"sdp\": \"{sdp('10.40.2.' + str(g.num(10, 90)), g.num(10000, 20000), g.num(10 ** 8, 10 ** 9))}\", \"ICE\": \"remove\", \"replace\": [ \"origin\", \"session-connection\" ], \"direction\": [ \"internal\", \"external\" ], \"call-id\": \"{cid}\", \"from-tag\": \"{ft}\", \"to-tag\": \"{tt}\", \"command\": \"answer\" }}", "dump_for", cid)
        r("INFO", "control", f"Replying to 'answer' from 127.0.0.1:{cport} (elapsed time {g.f(0.0001, 0.004, 6)} sec)", "replying_to", cid)
        r("INFO", "control", f"Response dump for 'answer' to 127.0.0.1:{cport}: {{ \"sdp\": \"{sdp(PUB, p, g.num(10 ** 8, 10 ** 9))}\", \"result\": \"ok\" }}", "response_dump", cid)
        L.tick(0.3)
        r("INFO", "core", f"Confirmed peer address as {src}:{g.num(8000, 60000)}", "confirmed_peer", cid, p)
        r("INFO", "core", f"Kernelizing media stream: {src}:{g.num(8000, 60000)} -> {PUB}:{p} | {PRIV}:{p + 2} -> 10.40.2.{g.num(10, 90)}:{g.num(10000, 20000)}", "kernelizing", cid, p)
        if g.r.random() < 0.05:
            r("WARNING", "core", f"Peer address changed from {src}:{g.num(8000, 60000)} to {g.ip('pub')}:{g.num(8000, 60000)}", "peer_changed", cid, p)

    def finish(cid, timeout=False):
        ft, tt, src, p, t0 = st["calls"].pop(cid)[:5]
        if timeout:
            r("INFO", "core", "Closing call due to timeout", "closing_timeout", cid)
        else:
            cport = g.port()
            r("INFO", "control", f"Received command 'delete' from 127.0.0.1:{cport}", "received_command", cid)
            r("INFO", "control", f"Dump for 'delete' from 127.0.0.1:{cport}: {{ \"delete delay\": 0, \"call-id\": \"{cid}\", \"from-tag\": \"{ft}\", \"to-tag\": \"{tt}\", \"command\": \"delete\" }}", "dump_for", cid)
            r("NOTICE", "core", "Deleting entire call", "deleting_entire_call", cid)
            r("INFO", "control", f"Replying to 'delete' from 127.0.0.1:{cport} (elapsed time {g.f(0.0001, 0.002, 6)} sec)", "replying_to", cid)
        age = int((L.t - t0).total_seconds())
        r("INFO", "core", "Final packet stats:", "final_stats", cid)
        for tag, other, ip, port in [(ft, tt, src, p), (tt, ft, f"10.40.2.{g.num(10, 90)}", p + 2)]:
            r("INFO", "core", f"--- Tag '{tag}', created {age // 60}:{age % 60:02d} ago for branch '', in dialogue with '{other}'", "stats_tag", cid)
            r("INFO", "core", f"------ Media #1 (audio over RTP/AVP) using {g.c(['PCMA/8000', 'PCMA/8000', 'PCMU/8000', 'G722/8000'])}", "stats_media", cid)
            pk = age * 50 - g.num(0, 50) if age else 0
            for k, rtcp in [(0, ""), (1, " (RTCP)")]:
                lip = PUB if ip == src else PRIV
                n = pk if not rtcp else age // 5
                r("INFO", "core", f"--------- Port {lip + ':' + str(port + k):>21} <> {ip + ':' + str(g.num(8000, 60000)):>21}{rtcp}, SSRC {g.hx(8)}, {n} p, {n * (172 if not rtcp else 80)} b, {g.c([0, 0, 0, g.num(1, 9)])} e, {g.num(0, 9)} ts", "stats_port", cid)

    def hangup():
        act = [c for c, v in st["calls"].items() if len(v) == 6 and (L.t - v[4]).total_seconds() > 20]
        if not act:
            return answer()
        finish(g.c(act))

    def timeout():
        act = [c for c, v in st["calls"].items() if (L.t - v[4]).total_seconds() > 60]
        if act:
            finish(g.c(act), True)

    def ping():
        cport = g.port()
        r("INFO", "control", f"Received command 'ping' from 127.0.0.1:{cport}", "received_command")
        r("INFO", "control", f"Replying to 'ping' from 127.0.0.1:{cport} (elapsed time 0.0000{g.num(10, 99)} sec)", "replying_to")

    def unknown():
        cid = g.alnum(16) + "@" + g.ip("pub")
        cport = g.port()
        r("INFO", "control", f"Received command 'delete' from 127.0.0.1:{cport}", "received_command", cid)
        r("WARNING", "control", f"Protocol error in packet from 127.0.0.1:{cport}: Unknown call-ID [{cid}]", "protocol_error", cid)

    def restart():
        r("NOTICE", "core", "Shutting down", "shutting_down")
        L.tick(5)
        st["pid"] = g.num(1000, 9000)
        st["calls"].clear()
        r("INFO", "core", "Generating new DTLS certificate", "generating_dtls")
        r("INFO", "core", "Startup complete, version 12.5.1.24-1~bpo12+1", "startup_complete")

    r("INFO", "core", "Generating new DTLS certificate", "generating_dtls")
    r("INFO", "core", "Startup complete, version 12.5.1.24-1~bpo12+1", "startup_complete")
    ev = [(20, offer), (16, answer), (16, hangup), (4, timeout), (6, ping), (1, unknown), (0.04, restart)]
    return L.run(slowed(L, ev, 4), None)


# 10 --------------------------------------------------------------- Santa 2024.9 (binary authorization for macOS, monitor mode, sync server) on a designer's MacBook Pro, /var/db/santa/santa.log:
#   "[2026-12-01T10:00:00.123Z] I santad: action=EXEC|decision=ALLOW|reason=BINARY|..." (UTC with milliseconds, the level letter, the program, then
#   "|"-separated key=value pairs); executions of signed apps, platform binaries, unsigned tools and quarantined downloads, blocked binaries, bundle hashing,
#   transitive allowlisting of compiled tools, file access authorisation on browser cookies, writes and renames in watched paths, USB disks appearing
@checked
def log_santa(seed):
    L = Log("santa_log", seed, "full", True, True)
    g = L.g
    USER = ("mara", 501)
    SIGNED = [("/Applications/Figma.app/Contents/MacOS/Figma", "Developer ID Application: Figma, Inc. (T8RA8NE3B7)", "T8RA8NE3B7", "com.figma.Desktop"),
              ("/Applications/Slack.app/Contents/MacOS/Slack", "Apple Mac OS Application Signing", "BQR82RBBHL", "com.tinyspeck.slackmacgap"),
              ("/Applications/Google Chrome.app/Contents/Frameworks/Google Chrome Framework.framework/Versions/131.0.6778.86/Helpers/Google Chrome Helper (Renderer).app/Contents/MacOS/Google Chrome Helper (Renderer)", "Developer ID Application: Google LLC (EQHXZ8M8AV)", "EQHXZ8M8AV", "com.google.Chrome.helper.renderer"),
              ("/Applications/Adobe Photoshop 2025/Adobe Photoshop 2025.app/Contents/MacOS/Adobe Photoshop 2025", "Developer ID Application: Adobe Inc. (JQ525L2MZD)", "JQ525L2MZD", "com.adobe.Photoshop"),
              ("/Applications/zoom.us.app/Contents/MacOS/zoom.us", "Developer ID Application: Zoom Video Communications, Inc. (BJ4HAAB9B3)", "BJ4HAAB9B3", "us.zoom.xos"),
              ("/Applications/Visual Studio Code.app/Contents/Frameworks/Code Helper (Plugin).app/Contents/MacOS/Code Helper (Plugin)", "Developer ID Application: Microsoft Corporation (UBF8T346G9)", "UBF8T346G9", "com.github.Electron.helper")]
    PLATFORM = [("/usr/bin/git", "com.apple.git"), ("/bin/zsh", "com.apple.zsh"), ("/usr/bin/ssh", "com.apple.ssh"), ("/bin/ls", "com.apple.ls"), ("/usr/libexec/xpcproxy", "com.apple.xpc.proxy"),
                ("/usr/bin/python3", "com.apple.python3"), ("/usr/sbin/screencapture", "com.apple.screencapture"), ("/usr/bin/curl", "com.apple.curl"), ("/bin/sh", "com.apple.sh"),
                ("/usr/bin/osascript", "com.apple.osascript"), ("/System/Library/CoreServices/mdworker_shared", "com.apple.mdworker_shared")]
    UNSIGNED = ["/opt/homebrew/Cellar/ffmpeg/7.1_3/bin/ffmpeg", "/Users/mara/bin/export-assets", "/opt/homebrew/bin/node", "/Users/mara/Projects/brand-kit/node_modules/.bin/esbuild",
                "/opt/homebrew/Cellar/imagemagick/7.1.1-41/bin/magick"]
    MID = g.uuid().upper()
    st = {"pid": g.num(20000, 40000)}

    def line(pairs, ev):
        ms_(L, 0, 900)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z] I santad: " + "|".join(f"{k}={v}" for k, v in pairs), ev, "I", "santad")

    def proc():
        st["pid"] += g.num(1, 30)
        return [("pid", st["pid"]), ("pidversion", g.num(10 ** 5, 10 ** 6)), ("ppid", g.num(1, 20000))]

    def ids():
        return [("uid", USER[1]), ("user", USER[0]), ("gid", 20), ("group", "staff")]

    def ex_signed():
        path, cn, team, sid = g.c(SIGNED)
        reason = g.c(["TEAMID", "TEAMID", "SIGNINGID", "CERT", "BINARY"])
        line([("action", "EXEC"), ("decision", "ALLOW"), ("reason", reason), ("sha256", g.hx(64)), ("cert_sha256", g.hx(64)), ("cert_cn", cn), ("teamid", team), ("signingid", f"{team}:{sid}")] + proc() + ids() +
             [("mode", "M"), ("path", path), ("args", path.rsplit("/", 1)[1] + g.c(["", " --type=renderer --lang=de", " --no-sandbox", " -psn_0_" + str(g.num(10 ** 5, 10 ** 6))]))], "exec_signed")

    def ex_platform():
        path, sid = g.c(PLATFORM)
        args = {"/usr/bin/git": f"git {g.c(['status', 'fetch origin', 'pull --rebase', 'log -1 --format=%H'])}", "/bin/zsh": "-zsh", "/usr/bin/ssh": "ssh -T git@github.com",
                "/bin/ls": "ls -la", "/usr/libexec/xpcproxy": f"xpcproxy application.com.figma.Desktop.{g.num(10 ** 6, 10 ** 7)}", "/usr/bin/python3": "python3 resize.py --all",
                "/usr/sbin/screencapture": "screencapture -i -U", "/usr/bin/curl": f"curl -fsSL https://{g.c(['raw.githubusercontent.com', 'api.github.com', 'fonts.gstatic.com'])}/",
                "/bin/sh": f"/bin/sh -c {g.c(['sw_vers', 'defaults read com.apple.dock', 'pmset -g batt'])}", "/usr/bin/osascript": "osascript -e tell application \"Finder\" to get name of front window",
                "/System/Library/CoreServices/mdworker_shared": "mdworker_shared -s mdworker -c MDSImporterWorker -m com.apple.mdworker.shared"}[path]
        line([("action", "EXEC"), ("decision", "ALLOW"), ("reason", "BINARY" if g.r.random() < 0.3 else "CERT"), ("sha256", g.hx(64)), ("cert_sha256", "d84db96af8c2e60ac4c851a21ec460f6f84e0235beb17d24a78712b9b021ed57"),
              ("cert_cn", "Software Signing"), ("signingid", f"platform:{sid}")] + proc() + ids() + [("mode", "M"), ("path", path), ("args", args)], "exec_platform")

    def ex_unsigned():
        path = g.c(UNSIGNED)
        dec, reason = g.c([("ALLOW", "UNKNOWN"), ("ALLOW", "UNKNOWN"), ("ALLOW", "BINARY"), ("ALLOW_COMPILER", "COMPILER"), ("DENY", "BINARY")])
        line([("action", "EXEC"), ("decision", dec), ("reason", reason), ("sha256", g.hx(64))] + proc() + ids() + [("mode", "M"), ("path", path), ("args", path.rsplit("/", 1)[1] + g.c(["", " -i in.mov -c:v libx264 out.mp4", " build --minify", " -resize 50% in.png out.png"]))], "exec_unsigned")
        if reason == "COMPILER":
            line([("action", "ALLOWLIST")] + proc()[:2] + [("path", f"/Users/mara/Projects/brand-kit/dist/{g.c(['export-assets', 'thumbgen', 'svg2icns'])}"), ("sha256", g.hx(64))], "allowlist")

    def ex_quarantine():
        path = g.c(["/Users/mara/Downloads/FontForge.app/Contents/MacOS/FontForge", "/Volumes/ColorSync Utility Pro/Installer.app/Contents/MacOS/Installer", "/Users/mara/Downloads/iconutil-gui"])
        dec = g.c(["ALLOW", "DENY"])
        line([("action", "EXEC"), ("decision", dec), ("reason", "UNKNOWN" if dec == "ALLOW" else "BINARY"), ("explain", "Unknown binary" if dec == "ALLOW" else "Blocked by admin rule"), ("sha256", g.hx(64)),
              ("quarantine_url", g.c(["https://github.com/fontforge/fontforge/releases/download/20230101/FontForge-2023-01-01-a1dad3e.app.dmg", f"https://dl.{g.alnum(8)}.example/get/{g.alnum(12)}"]))] + proc() + ids() + [("mode", "M"), ("path", path), ("args", path.rsplit("/", 1)[1])], "exec_quarantine")

    def bundle():
        name, bid, bpath = g.c([("FontForge", "org.fontforge", "/Users/mara/Downloads/FontForge.app"), ("Installer", "com.colorsync.installer", "/Volumes/ColorSync Utility Pro/Installer.app")])
        line([("action", "BUNDLE"), ("sha256", g.hx(64)), ("bundlehash", g.hx(64)), ("bundlename", name), ("bundleid", bid), ("bundlepath", bpath), ("path", f"{bpath}/Contents/MacOS/{name}")], "bundle")

    def faa():
        proc_path, pname = g.c([("/usr/bin/python3", "python3"), ("/usr/bin/sqlite3", "sqlite3"), ("/Users/mara/Downloads/iconutil-gui", "iconutil-gui"), ("/Applications/Slack.app/Contents/MacOS/Slack", "Slack")])
        target = g.c(["/Users/mara/Library/Application Support/Google/Chrome/Default/Cookies", "/Users/mara/Library/Application Support/Google/Chrome/Default/Login Data", "/Users/mara/Library/Keychains/login.keychain-db"])
        line([("action", "FILE_ACCESS"), ("policy_version", "v14"), ("policy_name", "BrowserCredentials" if "Chrome" in target else "Keychains"), ("path", target), ("access_type", g.c(["OPEN", "OPEN", "CLONE"])),
              ("decision", g.c(["DENIED", "AUDIT_ONLY"]))] + proc() + [("process", pname), ("processpath", proc_path)] + ids() + [("machineid", MID)], "file_access")

    def write():
        p = f"/Users/mara/Library/LaunchAgents/{g.c(['com.figma.agent.plist', 'com.adobe.GC.Invoker-1.0.plist', 'us.zoom.updater.plist', 'com.' + g.alnum(6) + '.helper.plist'])}"
        pid = proc()
        r = g.r.random()
        if r < 0.6:
            line([("action", "WRITE"), ("path", p)] + pid[::2] + [("process", g.c(["Figma", "Adobe Desktop Service", "zoom.us", "bash"])), ("processpath", g.c(["/Applications/Figma.app/Contents/MacOS/Figma", "/bin/bash"]))] + ids() + [("machineid", MID)], "write")
        elif r < 0.8:
            line([("action", "RENAME"), ("path", p + ".tmp"), ("newpath", p)] + pid[::2] + [("process", "cfprefsd"), ("processpath", "/usr/sbin/cfprefsd")] + ids() + [("machineid", MID)], "rename")
        else:
            line([("action", "DELETE"), ("path", p)] + pid[::2] + [("process", g.c(["rm", "Finder"])), ("processpath", g.c(["/bin/rm", "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder"]))] + ids() + [("machineid", MID)], "delete")

    def disk():
        model, vol, fs = g.c([("SanDisk Ultra Fit", "MARA_USB", "msdos"), ("Samsung PSSD T7", "T7 Projekte", "apfs"), ("Generic STORAGE DEVICE", "EOS_DIGITAL", "msdos")])
        bsd = f"disk{g.num(4, 8)}s{g.c([1, 2])}"
        line([("action", "DISKAPPEAR"), ("mount", ""), ("volume", ""), ("bsdname", bsd), ("fs", fs), ("model", model), ("serial", g.HX(16)), ("bus", "USB"), ("dmgpath", ""), ("appearance", f"{L.t:%Y-%m-%dT%H:%M:%S}.000Z")], "disk_appear")
        L.tick(1)
        line([("action", "DISKAPPEAR"), ("mount", f"/Volumes/{vol}"), ("volume", vol), ("bsdname", bsd), ("fs", fs), ("model", model), ("serial", g.HX(16)), ("bus", "USB"), ("dmgpath", ""), ("appearance", f"{L.t:%Y-%m-%dT%H:%M:%S}.000Z")], "disk_appear")
        L.tick(900)
        line([("action", "DISKDISAPPEAR"), ("mount", f"/Volumes/{vol}"), ("volume", vol), ("bsdname", bsd)], "disk_disappear")

    ev = [(30, ex_signed), (34, ex_platform), (10, ex_unsigned), (2, ex_quarantine), (1, bundle), (2, faa), (4, write), (0.6, disk)]
    return L.run(slowed(L, ev, 5), None)


# 11 --------------------------------------------------------------- SONiC 202311 on a pair of Broadcom-based leaf switches of a data centre fabric, /var/log/syslog of leaf01 (rsyslog's SONiC template):
#   "Dec  1 10:00:00.123456 leaf01 NOTICE swss#orchagent: :- doPortTask: ..." (syslog stamp with microseconds, host, the severity in capitals, then the
#   container#program tag); orchagent's ":- function: message" lines for ports, neighbors and routes, syncd and SAI errors, FRR's bgpd in the bgp container
#   (session flaps with "%ADJCHANGE" and notifications), bgpcfgd, teamd's LAG members, pmon's transceiver and PSU daemons, lldp, dhcp_relay, monit checks,
#   sshd logins, the kernel's lines, a config reload restarting the services
@checked
def log_sonic(seed):
    L = Log("sonic_switch_syslog", seed, "noyear", True, True)
    g = L.g
    PORTS = [f"Ethernet{i * 4}" for i in range(32)]
    PEERS = [("10.0.0.1", "SPINE01", "PortChannel101"), ("10.0.0.3", "SPINE02", "PortChannel102"), ("10.0.0.5", "SPINE03", "PortChannel103"), ("10.0.0.7", "SPINE04", "PortChannel104")]
    st = {"pid": {k: g.num(20, 90) for k in ["bgpd", "xcvrd", "psud", "thermalctld", "lldpmgrd", "dhcrelay", "snmpd", "teamd"]}, "oper": {p: "up" for p in PORTS}, "bgp": {p[0]: True for p in PEERS}, "uptime": g.num(100000, 900000)}

    def sl(lv, tag, msg, ev, pid=None):
        ms_(L, 0, 80)
        comp = f"{tag}|{tag.split('#')[-1]}" if "#" in tag else tag
        L.emit(f"{L.t:%b} {L.t.day:>2} {L.t:%H:%M:%S}.{us6(L.t)} leaf01 {lv} {tag}{'[' + str(pid) + ']' if pid else ''}: {msg}", ev, lv, comp)

    def kern(lv, msg, ev):
        ms_(L, 0, 20)
        up = st["uptime"] + (L.t - T0).total_seconds()
        L.emit(f"{L.t:%b} {L.t.day:>2} {L.t:%H:%M:%S}.{us6(L.t)} leaf01 {lv} kernel: [{up:12.6f}] {msg}", ev, lv, "kernel")

    def port_flap():
        p = g.c(PORTS[:24])
        new = "down" if st["oper"][p] == "up" else "up"
        old = st["oper"][p]
        st["oper"][p] = new
        sl("NOTICE", "swss#portsyncd", f":- onMsg: nlmsg type:16 key:{p} admin:1 oper:{1 if new == 'up' else 0} addr:1c:34:da:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} ifindex:0x{g.num(20, 60):x} master:0 type:tun", "portsyncd_onmsg")
        sl("NOTICE", "swss#orchagent", f":- updatePortOperStatus: Port {p} oper state set from {old} to {new}", "port_oper_state")
        sl("NOTICE", "swss#orchagent", f":- setHostIntfsOperStatus: Set operation status {new.upper()} to host interface {p}", "host_intf_status")
        if new == "up":
            kern("INFO", f"IPv6: ADDRCONF(NETDEV_CHANGE): {p}: link becomes ready", "kern_link_ready")
            sl("NOTICE", "swss#orchagent", f":- doPortTask: Set port {p} speed to {g.c([25000, 100000])}", "set_port_speed") if g.r.random() < 0.2 else None
        if g.r.random() < 0.5:
            if g.r.random() < 0.3:
                sl("INFO", "pmon#xcvrd", f"Got SFP {'removed' if new == 'down' else 'inserted'} event for {p}", "xcvrd_sfp_event", st["pid"]["xcvrd"])
            else:
                sl("NOTICE", "pmon#xcvrd", f"CMIS: {p}: {'DP state DataPathActivated' if new == 'up' else 'force datapath re-init'}", "xcvrd_cmis_" + new, st["pid"]["xcvrd"])

    def neigh():
        ip = f"10.1.{g.num(0, 9)}.{g.num(2, 250)}"
        vlan = g.c(["Vlan1000", "Vlan1000", "Vlan2000"])
        mac = f"{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}"
        if g.r.random() < 0.7:
            sl("NOTICE", "swss#orchagent", f":- addNeighbor: Created neighbor ip {ip}, {mac} on {vlan}", "add_neighbor")
        else:
            sl("NOTICE", "swss#orchagent", f":- removeNeighbor: Removed neighbor ip {ip} on {vlan}", "remove_neighbor")

    def sai_err():
        r = g.r.random()
        if r < 0.5:
            sl("ERR", "swss#orchagent", f":- meta_sai_validate_oid: object key SAI_OBJECT_TYPE_NEIGHBOR_ENTRY:{{\"ip\":\"10.1.{g.num(0, 9)}.{g.num(2, 250)}\",\"rif\":\"oid:0x6000000000{g.hx(3)}\",\"switch_id\":\"oid:0x21000000000000\"}} already exists", "meta_already_exists")
            sl("ERR", "swss#orchagent", ":- addNeighbor: Failed to create neighbor " + f"{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} on Vlan1000, rv:-6", "failed_create_neighbor")
        elif r < 0.8:
            sl("ERR", "syncd#syncd", f":- processQuadEvent: attr: SAI_ROUTE_ENTRY_ATTR_NEXT_HOP_ID: oid:0x40000000{g.hx(4)}", "syncd_quad_attr")
            sl("ERR", "syncd#syncd", ":- processQuadEvent: VID: oid:0x0 RID: oid:0x0", "syncd_quad_vid")
        else:
            sl("WARNING", "syncd#syncd", f":- logEventData: {g.c(['SAI_SWITCH_ATTR_FDB_EVENT_NOTIFY', 'SAI_SWITCH_ATTR_PORT_STATE_CHANGE_NOTIFY'])} queue is full, dropping event", "syncd_queue_full")

    def route():
        pfx = f"{g.num(10, 192)}.{g.num(0, 255)}.{g.num(0, 255)}.0/{g.c([24, 24, 26, 32])}"
        if g.r.random() < 0.5:
            sl("NOTICE", "swss#orchagent", f":- addRoutePost: Created route {pfx} with next hop(s) {','.join(p[0] for p in g.r.sample(PEERS, g.num(1, 4)))}", "route_created")
        else:
            sl("NOTICE", "swss#orchagent", f":- removeRoutePost: Removed route {pfx}", "route_removed")

    def bgp():
        ip, name, pc = g.c(PEERS)
        pid = st["pid"]["bgpd"]
        if st["bgp"][ip]:
            st["bgp"][ip] = False
            if g.r.random() < 0.5:
                sl("WARNING", "bgp#bgpd", f"[HMKTF-7Q9DA] %NOTIFICATION: sent to neighbor {ip} 4/0 (Hold Timer Expired) 0 bytes ", "bgp_notification_sent", pid)
            else:
                sl("WARNING", "bgp#bgpd", f"[N7K4C-7A1HM] %NOTIFICATION: received from neighbor {ip} 6/{g.c([2, 4])} (Cease/{g.c(['Administrative Shutdown', 'Administrative Reset'])}) 0 bytes", "bgp_notification_received", pid)
            sl("NOTICE", "bgp#bgpd", f"[M59KS-A3ZXZ] %ADJCHANGE: neighbor {ip}({name}) in vrf default Down {g.c(['BGP Notification send', 'BGP Notification received', 'Peer closed the session'])}", "bgp_adjchange_down", pid)
        else:
            st["bgp"][ip] = True
            sl("NOTICE", "bgp#bgpd", f"[M59KS-A3ZXZ] %ADJCHANGE: neighbor {ip}({name}) in vrf default Up", "bgp_adjchange_up", pid)

    def bgpcfg():
        ip = g.c(["10.1.0.32", "10.1.0.33", "fc00::41"])
        sl("INFO", "bgp#bgpcfgd", f"Peer 'default|{ip}' added with attributes '{{'asn': '{g.num(64600, 64700)}', 'holdtime': '180', 'keepalive': '60', 'local_addr': '10.1.0.1', 'name': 'SERVER{g.num(1, 40):02d}', 'nhopself': '0', 'rrclient': '0'}}'", "bgpcfgd_peer_added")

    def teamd():
        pc = g.c(PEERS)[2]
        mem = g.c(PORTS[24:])
        state = g.c(["down", "up"])
        sl("INFO", f"teamd#teamd_{pc}", f"{mem}: Changed port state: \"{'current' if state == 'up' else 'expired'}\"", "teamd_port_state", st["pid"]["teamd"])
        if g.r.random() < 0.5:
            sl("NOTICE", "teamd#teamsyncd", f":- onMsg: {'Add' if state == 'up' else 'Remove'} {mem} to LAG {pc}", "teamsyncd_onmsg")
        else:
            sl("NOTICE", "teamd#teamsyncd", f":- addLag: Add {pc} admin_status:up oper_status:{state}", "teamsyncd_addlag")

    def pmon():
        r = g.r.random()
        if r < 0.4:
            sl("WARNING", "pmon#thermalctld", f"High temperature warning: {g.c(['CPU Core 0', 'ASIC', 'PSU 1 Temp', 'Port 12'])} current temperature {g.num(70, 95)}C, high threshold {g.c([70, 75, 80])}C", "thermal_high", st["pid"]["thermalctld"])
        elif r < 0.6:
            sl("NOTICE", "pmon#thermalctld", f"High temperature warning cleared: {g.c(['CPU Core 0', 'ASIC', 'Port 12'])} temperature restored to {g.num(50, 69)}C, high threshold {g.c([70, 75])}C", "thermal_cleared", st["pid"]["thermalctld"])
        elif r < 0.8:
            sl("WARNING", "pmon#psud", "PSU absence warning: PSU 2 is not present.", "psu_absent", st["pid"]["psud"])
            sl("WARNING", "pmon#psud", "Insufficient number of working fans warning: 1 fan is not working", "psu_fans", st["pid"]["psud"]) if g.r.random() < 0.3 else None
        else:
            sl("NOTICE", "pmon#psud", "PSU absence warning cleared: PSU 2 is inserted back.", "psu_back", st["pid"]["psud"])

    def lldp():
        p = g.c(PORTS)
        sl("INFO", "lldp#lldpmgrd", f"Running command: lldpcli configure ports {p} lldp portidsubtype local {p} description 'Servers{g.num(1, 40)}:eth{g.num(0, 3)}'", "lldpmgrd_running", st["pid"]["lldpmgrd"])

    def dhcp():
        mac = f"52:54:00:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}"
        if g.r.random() < 0.5:
            sl("INFO", "dhcp_relay#dhcrelay", f"Forwarded BOOTREQUEST for {mac} to 10.20.0.{g.c([10, 11])}", "dhcp_bootrequest", st["pid"]["dhcrelay"])
        else:
            sl("INFO", "dhcp_relay#dhcrelay", f"Forwarded BOOTREPLY for {mac} to 10.1.{g.num(0, 9)}.{g.num(2, 250)}", "dhcp_bootreply", st["pid"]["dhcrelay"])

    def monit():
        r = g.r.random()
        if r < 0.5:
            sl("ERR", "monit", f"'routeCheck' status failed (255) -- Failure results: {{{{'Unaccounted_ROUTE_ENTRY_TABLE_entries': ['{g.num(10, 192)}.{g.num(0, 255)}.{g.num(0, 255)}.0/24']}}}}", "monit_routecheck_failed", g.num(500, 900))
        elif r < 0.8:
            sl("ERR", "monit", f"'container_checker' status failed (3) -- Expected containers not running: {g.c(['telemetry', 'snmp', 'mgmt-framework'])}", "monit_container_failed", g.num(500, 900))
        else:
            sl("INFO", "monit", "'routeCheck' status succeeded (0) -- no output", "monit_routecheck_ok", g.num(500, 900))

    def snmp():
        sl("INFO", "snmp#snmpd", f"Connection from UDP: [10.3.{g.num(0, 3)}.{g.num(2, 60)}]:{g.port()}->[10.250.0.11]:161", "snmp_connection", st["pid"]["snmpd"])

    def ssh():
        ip = f"10.250.1.{g.num(2, 40)}"
        pid = g.num(10000, 60000)
        u = g.c(["admin", "netops", "netops"])
        sl("INFO", "sshd", f"Accepted publickey for {u} from {ip} port {g.port()} ssh2: ED25519 SHA256:{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}", "sshd_accepted", pid)
        sl("INFO", "sshd", f"pam_unix(sshd:session): session opened for user {u}(uid={1000 if u == 'admin' else 1001}) by (uid=0)", "sshd_session_opened", pid)
        if g.r.random() < 0.3:
            sl("NOTICE", "sudo", f"  {u} : TTY=pts/0 ; PWD=/home/{u} ; USER=root ; COMMAND=/usr/local/bin/{g.c(['show', 'config', 'sonic-installer'])} {g.c(['interfaces status', 'save -y', 'list', 'ip bgp summary'])}", "sudo_command")

    def reload():
        sl("NOTICE", "config", "'reload' executing with command: config reload -y", "config_reload")
        for svc in ["swss", "syncd", "bgp", "teamd", "pmon", "lldp"]:
            sl("INFO", "systemd", f"Stopping {svc}.service - {svc.upper() if svc != 'bgp' else 'BGP'} container...", "systemd_stopping", 1)
        L.tick(40)
        for svc in ["swss", "syncd", "bgp", "teamd", "pmon", "lldp"]:
            sl("INFO", "systemd", f"Started {svc}.service - {svc.upper() if svc != 'bgp' else 'BGP'} container.", "systemd_started", 1)
        sl("NOTICE", "swss#orchagent", ":- main: Created underlay router interface ID 6000000000a9b", "created_underlay_rif")
        for p in PORTS[:g.num(4, 12)]:
            sl("NOTICE", "swss#orchagent", f":- initPort: Initialized port {p}", "init_port")
        for k in st["pid"]:
            st["pid"][k] = g.num(20, 90)

    ev = [(14, port_flap), (20, neigh), (5, sai_err), (16, route), (5, bgp), (3, bgpcfg), (5, teamd), (6, pmon), (5, lldp), (12, dhcp), (4, monit), (8, snmp), (3, ssh), (0.12, reload)]
    return L.run(slowed(L, ev, 8), None)


# 12 --------------------------------------------------------------- TeamViewer 15.60 (full client installed as a service) on the front-desk PC of a dental practice that an IT contractor supports remotely,
#   C:\Program Files\TeamViewer\TeamViewer15_Logfile.log: the service (S0), the desktop process (D1) and the GUI (G1) writing into one file, each start
#   with its block of "Key:   value" lines ("Start:", "Version:", "ID:", ...; only "Start:" writes a time), then "2026/12/01 10:00:00.123  4321       5678 S0   message"
#   (date and time, process id, thread id, the session and process letter, then "!" for a warning and "!!" for an error in front of the message); router
#   connections, keep-alive, incoming sessions with authentication and participants, UDP punching and its RTT trackers, screen capture, update checks,
#   connection failures when the practice's internet drops
@checked
def log_teamviewer(seed):
    L = Log("teamviewer15_logfile", seed, "full", True, False)
    g = L.g
    TVID = g.num(100000000, 1999999999)
    IC = g.num(-2 ** 31, 2 ** 31)
    st = {"pid": {"S0": g.num(2000, 9000), "D1": g.num(2000, 9000), "G1": g.num(2000, 9000)}, "tid": {}, "sess": g.num(100, 900), "conn": None, "router": g.num(10, 99)}
    SUPPORTERS = [("IT-Service Hofmann", g.num(100000000, 1999999999)), ("M. Hofmann (Laptop)", g.num(100000000, 1999999999))]

    def tid(p):
        st["tid"].setdefault(p, [g.num(1000, 20000) for _ in range(6)])
        return g.c(st["tid"][p])

    def t(p, msg, ev, mark=""):
        ms_(L, 0, 400)
        lv = {"": None, "!": "!|warning", "!!": "!!|error"}[mark]
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)} {st['pid'][p]:>5} {tid(p):>10} {p}{mark:<3}{msg}", ev, lv)

    def head(p, path, acct):
        st["pid"][p] = g.num(2000, 9000)
        st["tid"].pop(p, None)
        rows = [(f"Start:              {L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)} (UTC+0:00)", "hdr_start"), ("Version:            15.60.3 (64-bit)", "hdr_version"),
                ("Version short hash: 1c2d3e4f5a6", "hdr_hash"), (f"ID:                 {TVID}", "hdr_id"), ("Loglevel:           Info (100)", "hdr_loglevel"),
                ("License:            10000", "hdr_license"), (f"IC:                 {IC}", "hdr_ic"),
                ("CPU:                Intel64 Family 6 Model 151 Stepping 5, GenuineIntel, 12th Gen Intel(R) Core(TM) i5-12400", "hdr_cpu"), ("CPU extensions:     k9", "hdr_cpu_ext"),
                ("OS:                 Win_10.0.22631_W (64-bit)", "hdr_os"), ("IP:                 192.168.1.23", "hdr_ip"), ("MIDv:               0", "hdr_midv"),
                ("Proxy-Settings:     Type=1 IP= User=", "hdr_proxy"), ("IE:                 11.0.22621.1", "hdr_ie"), (f"AppPath:            {path}", "hdr_apppath"),
                (f"UserAccount:        {acct}", "hdr_useraccount"), ("Server-Environment: Global", "hdr_server_env"), ("", "blank")]
        for text, ev in rows:
            L.emit(text, ev)

    def service_start():
        head("S0", "C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe", "SYSTEM")
        t("S0", "Logger started.", "logger_started")
        t("S0", "ServiceQueue started", "service_queue_started")
        t("S0", f"Using IPC-Port 5939", "using_ipc_port")
        t("S0", "NetWatchdog: Direct Internet connection found.", "netwatchdog_found")
        router()
        t("S0", f"CDesktopSessionManager: Start desktop process for session 1", "start_desktop_process")
        head("D1", "C:\\Program Files\\TeamViewer\\TeamViewer_Desktop.exe", "Rezeption")
        t("D1", "Logger started.", "logger_started")
        t("D1", f"CaptureScreenDXGI: Monitor 0 initialized with {g.c(['1920x1080', '2560x1440'])}", "dxgi_monitor")
        t("D1", "DesktopProcess: Connected to service (IPC)", "desktop_ipc")

    def router():
        st["router"] = g.num(10, 99)
        t("S0", "Activating Router carrier", "activating_router")
        t("S0", f"CTcpConnectionBase[{g.num(1, 40)}]::HandleResolve(): Resolving router{st['router']}.teamviewer.com", "resolving")
        t("S0", f"CTcpProcessConnector::HandleConnect: Connect to 217.146.{g.num(0, 31)}.{g.num(1, 254)}:5938 successful", "tcp_connect_ok")
        t("S0", f"KeepAliveSessionOutgoing::KeepAliveSessionOutgoing(): Keep alive session established to router{st['router']}.teamviewer.com", "keepalive_established")
        t("S0", f"CKeepAliveClientClient::HandleLogin: Login to master{g.num(1, 20)}.teamviewer.com successful, id {TVID}", "master_login_ok")

    def incoming():
        name, sid_ = g.c(SUPPORTERS)
        st["sess"] += 1
        s = st["sess"]
        neg = -g.num(100000000, 2000000000)
        t("S0", f"SessionManagerDesktop::IncomingConnection: Connection incoming, sessionID = {s}", "incoming_connection")
        t("S0", f"AuthenticationBlocker::Allowed: ID: {sid_}, Allowed: 1", "auth_blocker_allowed")
        if g.r.random() < 0.08:
            t("S0", f"AuthenticationPasswordLogin_Passive: authentication failed, wrong password", "auth_failed", "!")
            t("S0", f"SessionManagerDesktop::SessionTerminate: Session {s} closed, reason: authentication failed", "session_terminate")
            return
        if g.r.random() < 0.3:
            t("S0", "AuthenticationPasswordLogin_Passive: authentication was successful", "auth_ok")
        else:
            t("S0", "AuthenticationPublicKey_Passive: authentication was successful", "auth_pubkey_ok")
        t("S0", f"CParticipantManagerBase participant {name} (ID [{sid_},{neg}]) was added with the role 3", "participant_added")
        t("S0", f"New Participant added in CParticipantManager {name} ([{sid_},{neg}])", "new_participant")
        t("D1", f"CDesktopSession::Start: Screen capture started for session {s}", "capture_started")
        if g.r.random() < 0.7:
            ip = g.ip("pub")
            t("S0", f"UDPv4: punching for {ip}:{g.port()}", "udp_punching")
            t("S0", f"UDPv4: punch received a={ip}:{g.port()}: (*)", "udp_punch_received")
        st["conn"] = (s, name, sid_, neg, L.t)

    def tracker():
        if not st["conn"]:
            return
        t("S0", f"UdpOutputTracker(): max {g.num(5000, 90000)} effectiveSent {g.num(5000, 90000)} RTT {g.num(12, 400)}", "udp_output_tracker")
        if g.r.random() < 0.2:
            t("S0", f"UdpOutputTracker(): max {g.num(5000, 90000)} effectiveSent {g.num(5000, 90000)} RTT {g.num(400, 2000)} dropped {g.num(1, 90)}", "udp_output_tracker_dropped")

    def session_end():
        if not st["conn"]:
            return incoming()
        s, name, sid_, neg, t0 = st["conn"]
        st["conn"] = None
        dur = int((L.t - t0).total_seconds())
        t("D1", f"CDesktopSession::Stop: Screen capture stopped for session {s}", "capture_stopped")
        t("S0", f"CPersistentParticipantManager::RemoveParticipant: [{sid_},{neg}] type=3", "remove_participant")
        t("S0", f"SessionManagerDesktop::SessionTerminate: Session {s} closed, reason: {g.c(['closed by partner', 'closed by partner', 'timeout', 'connection lost'])}", "session_terminate")
        t("S0", f"Connection to {sid_} closed after {dur} sec.", "connection_closed_after")

    def keepalive():
        t("S0", f"KeepAliveSessionOutgoing::HandleKeepAlive(): received keep alive from router{st['router']}.teamviewer.com, rtt {g.num(12, 90)} ms", "keepalive_rtt")

    def netdrop():
        t("S0", f"KeepAliveSessionOutgoing::ConnectionLost(): Connection to router{st['router']}.teamviewer.com lost", "keepalive_lost", "!")
        for _ in range(g.num(1, 4)):
            L.tick(15)
            t("S0", f"CTcpConnectionBase[{g.num(1, 40)}]::HandleResolve(): Resolve failed for router{g.num(10, 99)}.teamviewer.com: Der angegebene Host ist unbekannt (11001)", "resolve_failed", "!!")
            t("S0", "NetWatchdog: No internet connection available", "netwatchdog_none", "!")
        L.tick(60)
        t("S0", "NetWatchdog: Direct Internet connection found.", "netwatchdog_found")
        router()

    def update():
        t("S0", "UpdateCheckerBase::CheckForUpdate(): Checking for updates", "update_checking")
        if g.r.random() < 0.85:
            t("S0", "UpdateCheckerBase::HandleResult(): No update available", "update_none")
        else:
            t("S0", "UpdateCheckerBase::HandleResult(): Update 15.61.2 available, automatic installation disabled", "update_available")

    def gui():
        if g.r.random() < 0.5:
            head("G1", "C:\\Program Files\\TeamViewer\\TeamViewer.exe", "Rezeption")
            t("G1", "Logger started.", "logger_started")
            t("G1", "CGUIControl::Init: GUI connected to service", "gui_connected")
        else:
            t("G1", f"CGUIControl::ShowMessage: {g.c(['Session ended', 'Update available'])}", "gui_show_message")

    def tv_err():
        t("S0", f"CCommandHandlerServer::HandleError: Command {g.c(['CMD_REQUESTROUTE', 'CMD_REQUESTCONNECT'])} failed with error {g.c([10054, 10060, 10061])}", "command_failed", "!!")

    service_start()
    ev = [(10, incoming), (40, tracker), (9, session_end), (25, keepalive), (1.2, netdrop), (2, update), (3, gui), (2, tv_err)]
    L.run(slowed(L, ev, 30), None)
    return carry_time(L, lambda r: r[1] == "hdr_start" or not (r[1].startswith("hdr_") or r[1] == "blank"))


# 13 --------------------------------------------------------------- Teeworlds 0.7.5 dedicated server of a gaming club (capture the flag, map rotation, votes), started by a shell loop with its output
#   appended to server.log: "[2026-12-01 10:00:00][server]: player is ready. ClientID=0 addr=..." (date and time in brackets, then the system in brackets);
#   the engine's start-up, registration at the master servers, players joining and leaving, teams, kills, flag grabs and captures, chat, votes, the admin's
#   rcon commands, wrong rcon passwords and bans, map changes, timeouts, a crash and the loop's restart line
@checked
def log_teeworlds(seed):
    L = Log("teeworlds_server_log", seed, "full", False, True)
    g = L.g
    NAMES = ["nameless tee", "brainless tee", "Zaffi", "k1ll3r", "Mr.Flag", "Tee|Bot", "ponyo", "xXsniperXx", "Kirby", "lurch", "Fiona", "dune", "grÜnfink", "Ragnar"]
    MAPS = ["ctf5", "ctf2", "ctf7", "ctf3", "ctf_farm"]
    st = {"cl": {}, "map": "ctf5"}

    def w(sys, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}][{sys}]: {msg}", ev, None, sys)

    def start():
        w("engine", "running on unix-linux-amd64", "engine_running")
        w("engine", "arch is little endian", "engine_arch")
        w("storage", "added path '$USERDIR' ('/home/tw/.local/share/teeworlds')", "storage_added")
        w("storage", "added path '$DATADIR' ('/usr/share/games/teeworlds/data')", "storage_added")
        w("storage", "added path '$CURRENTDIR' ('/home/tw/server')", "storage_added")
        w("console", "executing 'autoexec.cfg'", "console_executing")
        st["map"] = "ctf5"
        load_map()
        w("server", "version 0.7.5 626fb8b8b0f8f6c6", "server_version")
        w("server", "server name is 'Clan Kaktus | CTF | 24/7'", "server_name")
        w("server", "+-------------------------+", "server_box")
        w("server", "|     Server Commands     |", "server_box_title")
        w("server", "+-------------------------+", "server_box")
        w("register", "refreshing ip addresses", "register_refreshing")
        w("register", "fetching server counts", "register_fetching")
        L.tick(2)
        w("register", f"chose 'master{g.num(1, 4)}.teeworlds.com' as master, sending heartbeats", "register_chose")
        w("register", "server registered", "register_registered")

    def load_map():
        w("datafile", f"loading done. datafile='maps/{st['map']}.map'", "datafile_loaded")
        w("game", f"start match type='CTF' teamplay='1'", "start_match")

    def join():
        free = [i for i in range(12) if i not in st["cl"]]
        if not free or len(st["cl"]) > 9:
            return leave()
        cid = free[0]
        name = g.c([n for n in NAMES if n not in [v[0] for v in st["cl"].values()]] or NAMES)
        ip = f"{g.ip('pub')}:{g.c([8303, g.port()])}"
        st["cl"][cid] = (name, ip, g.c([0, 1]))
        w("server", f"player is ready. ClientID={cid} addr={ip}", "player_ready")
        w("server", f"player has entered the game. ClientID={cid} addr={ip}", "player_entered")
        w("game", f"team_join player='{cid}:{name}' team={st['cl'][cid][2]}", "team_join")

    def leave():
        if not st["cl"]:
            return join()
        cid = g.c(sorted(st["cl"]))
        name, ip, _ = st["cl"].pop(cid)
        reason = g.c(["", "", "Timeout", "too many clients", "Kicked by vote"])
        w("game", f"leave player='{cid}:{name}'", "leave")
        w("server", f"client dropped. cid={cid} addr={ip} reason='{reason}'", "client_dropped")

    def kill():
        if len(st["cl"]) < 2:
            return join()
        a, b = g.r.sample(sorted(st["cl"]), 2)
        wpn = g.c([-1, 0, 1, 1, 2, 2, 3, 4, 5])
        if wpn == -1:
            a = b
        w("game", f"kill killer='{a}:{st['cl'][a][0]}' victim='{b}:{st['cl'][b][0]}' weapon={wpn} special={g.c([0, 0, 0, 1])}", "kill")

    def flag():
        if not st["cl"]:
            return join()
        c = g.c(sorted(st["cl"]))
        n = st["cl"][c][0]
        r = g.r.random()
        if r < 0.5:
            w("game", f"flag_grab player='{c}:{n}'", "flag_grab")
        elif r < 0.75:
            w("game", f"flag_capture player='{c}:{n}'", "flag_capture")
        else:
            w("game", "flag_return", "flag_return")

    def pickup():
        if not st["cl"]:
            return join()
        c = g.c(sorted(st["cl"]))
        w("game", f"pickup player='{c}:{st['cl'][c][0]}' item={g.c([0, 1, 2, 2, 3, 4])}", "pickup")

    def chat():
        if not st["cl"]:
            return join()
        c = g.c(sorted(st["cl"]))
        text = g.c(["gg", "lol", "nice one", "who has flag?", "def pls", "lag?", "ez", "rematch!", "brb", "sorry", "wtf", "map change pls", "go go go", "gl hf", "ups"])
        team = g.c([-1, -1, st["cl"][c][2]])
        w("chat", f"{c}:{team}:{st['cl'][c][0]}: {text}", "chat")

    def vote():
        if not st["cl"]:
            return join()
        c = g.c(sorted(st["cl"]))
        m = g.c([x for x in MAPS if x != st["map"]])
        w("server", f"'{c}:{st['cl'][c][0]}' voted option 'Map: {m}' ('sv_map {m}')", "vote_option")
        L.tick(20)
        if g.r.random() < 0.6:
            st["map"] = m
            w("server", f"maps/{m}.map crc is {g.hx(8)}", "map_crc")
            load_map()
        else:
            w("server", "vote failed", "vote_failed")

    def rcon():
        ip = g.ip("pub")
        if g.r.random() < 0.5:
            w("server", f"ClientID={g.num(0, 11)} addr={ip}:{g.port()} authed (admin)", "rcon_authed")
            cmd = g.c(["sv_map ctf2", "kick 3", "status", "broadcast Turnier um 20 Uhr!", "sv_scorelimit 1000", "restart"])
            w("server", f"ClientID={g.num(0, 11)} rcon='{cmd}'", "rcon_command")
            if cmd == "status":
                for cid, (n, addr, _) in sorted(st["cl"].items()):
                    w("Server", f"id={cid} addr={addr} name='{n}' score={g.num(-5, 120)} client={g.c([1, 0])} secure={g.c(['yes', 'no'])}", "status_row")
        else:
            cid = g.num(0, 11)
            for k in range(1, g.num(2, 4)):
                w("server", f"ClientID={cid} addr={ip}:{g.port()} wrong password {k}/3", "rcon_wrong")
            if g.r.random() < 0.5:
                w("net_ban", f"'{ip}' banned for 5 minutes (Too many remote console authentication tries)", "net_ban")

    def timeout():
        if st["cl"]:
            c = g.c(sorted(st["cl"]))
            n, ip, _ = st["cl"].pop(c)
            w("server", f"client dropped. cid={c} addr={ip} reason='Timeout'", "client_dropped")
            w("game", f"leave player='{c}:{n}'", "leave")

    def crash():
        L.emit(f"./teeworlds_srv: line 1: {g.num(1000, 90000)} Segmentation fault      (core dumped) ./teeworlds_srv -f autoexec.cfg", "shell_segfault")
        L.emit(f"restarting server in 5 seconds...", "loop_restarting")
        L.tick(6)
        st["cl"].clear()
        start()

    start()
    ev = [(10, join), (8, leave), (34, kill), (10, flag), (12, pickup), (14, chat), (2, vote), (2, rcon), (2, timeout), (0.12, crash)]
    L.run(slowed(L, ev, 6), None)
    return carry_time(L, lambda r: r[1] not in ("shell_segfault", "loop_restarting"))


# 14 --------------------------------------------------------------- Trend Micro Deep Security 20 (manager and agents of a hosting company's web and database servers), the events forwarded as CEF over
#   syslog to the SOC's rsyslog collector, /var/log/remote/deepsecurity.log: "Dec  1 10:00:00 web-03 CEF:0|Trend Micro|Deep Security Agent|20.0.1-21510|
#   signature|name|severity|extension" (the agents forward directly, with their host names; the manager's own system events come from dsm01); firewall denies,
#   intrusion prevention, anti-malware, web reputation, integrity monitoring, log inspection, application control, and the manager's sign-ins, agent
#   status, pattern updates and alerts
@checked
def log_trendmicro(seed):
    L = Log("trendmicro_ds_cef_syslog", seed, "noyear", True, True)
    g = L.g
    HOSTS = [(f"web-{i:02d}", f"10.50.1.{10 + i}", 100 + i) for i in range(1, 9)] + [(f"db-{i:02d}", f"10.50.2.{10 + i}", 200 + i) for i in range(1, 4)]
    T = "TrendMicroDsTenant=Primary TrendMicroDsTenantId=0"

    def cef(host, prod, ver, sig, name, sev, ext, ev):
        ms_(L, 0, 900)
        name = name.replace("|", "\\|")
        L.emit(f"{syslog_ts(L.t)} {host} CEF:0|Trend Micro|{prod}|{ver}|{sig}|{name}|{sev}|{ext}", ev, str(sev), prod)

    def agent(sig, name, sev, ext, ev):
        h, ip, hid = g.c(HOSTS)
        cef(h, "Deep Security Agent", "20.0.1-21510", sig, name, sev, f"cn1={hid} cn1Label=Host ID dvchost={h} {T} " + ext.replace("$IP", ip), ev)

    def fw():
        src = g.ip("pub")
        if g.r.random() < 0.75:
            sig, name = g.c([(20, "Log For TCP Port 23"), (21, "Deny Inbound RDP"), (123, "Out Of Allowed Policy"), (102, "Invalid Flags"), (101, "Out Of Connection")])
            agent(sig, name, 5, f"act=Deny dmac=00:50:56:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} smac=00:1c:73:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} TrendMicroDsFrameType=IP src={src} dst=$IP in={g.c([40, 44, 52, 60])} cs3= cs3Label=Fragmentation Bits proto=TCP spt={g.port()} dpt={g.c([22, 23, 3389, 445, 1433, 5900])} cs2=0x00 {g.c(['SYN', 'SYN', 'ACK RST', 'FIN ACK'])} cs2Label=TCP Flags cnt={g.num(1, 30)}", "fw_tcp")
        else:
            sig, name = g.c([(22, "Deny Inbound SNMP"), (123, "Out Of Allowed Policy"), (25, "Deny Inbound SIP")])
            agent(sig, name, 5, f"act=Deny dmac=00:50:56:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} smac=00:1c:73:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} TrendMicroDsFrameType=IP src={src} dst=$IP in={g.num(40, 400)} cs3= cs3Label=Fragmentation Bits proto=UDP spt={g.port()} dpt={g.c([161, 123, 1900, 5060])} cnt={g.num(1, 30)}", "fw_udp")

    def ips():
        sig, name, sev = g.c([(1000552, "Generic Cross Site Scripting(XSS) Prevention", 10), (1005934, "Identified Suspicious Command Injection Attack", 10), (1000128, "HTTP Protocol Decoding", 8),
                              (1008610, "Block Administrative Share", 6), (1010590, "Apache Log4j Remote Code Execution Vulnerability (CVE-2021-44228)", 10), (1011716, "WordPress Plugin SQL Injection Vulnerability", 8)])
        agent(sig, name, sev, f"act={g.c(['Block', 'Block', 'Reset', 'Log'])} dmac=00:50:56:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} smac=00:1c:73:{g.hx(2)}:{g.hx(2)}:{g.hx(2)} TrendMicroDsFrameType=IP src={g.ip('pub')} dst=$IP out={g.num(200, 4000)} cs3=DF 0 cs3Label=Fragmentation Bits proto=TCP spt={g.port()} dpt={g.c([80, 443, 8080])} cs2=0x00 ACK PSH cs2Label=TCP Flags cnt=1 TrendMicroDsPacketData={g.alnum(g.num(40, 160), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}= cs5={g.num(100, 4000)} cs5Label=DPI Stream Position cs6={g.c([8, 9, 16])} cs6Label=DPI Flags", "ips")

    def am():
        fn, mal = g.c([("/var/www/html/wp-content/uploads/2026/11/" + g.alnum(8) + ".php", "Backdoor.PHP.WEBSHELL.SBJKSW"), ("/tmp/.x/" + g.alnum(6), "Coinminer.Linux.MALXMR.UWEJX"),
                       ("/home/deploy/eicar.com", "Eicar_test_file"), ("/var/tmp/kinsing", "Trojan.Linux.KINSING.A")])
        agent(4000000, mal, 6, f"filePath={fn} act=Quarantine result=Quarantined msg=Realtime TrendMicroDsMalwareTarget=N/A TrendMicroDsMalwareTargetType=N/A TrendMicroDsFileMD5={g.HX(32)} TrendMicroDsFileSHA1={g.HX(40)} TrendMicroDsFileSHA256={g.HX(64)} TrendMicroDsDetectionConfidence=95 TrendMicroDsRelevantDetectionNames=", "antimalware")

    def wrs():
        agent(5000000, "WebReputation", 5, f"request=http://{g.c(['update-cdn.', 'pool.', 'dl.', 'api.'])}{g.alnum(8)}.{g.c(['top', 'xyz', 'ru', 'info'])}/{g.alnum(6)} msg={g.c(['Suspicious', 'Dangerous', 'Highly Suspicious'])}", "web_reputation")

    def im():
        sig, name, path = g.c([(1002773, "Unix - Syslog file changed", "/etc/rsyslog.conf"), (1002778, "Unix - Critical System Files modified", "/etc/passwd"),
                               (1008720, "Users and Groups - Create and Delete User", "/etc/shadow"), (1003513, "Unix - Open Port Monitor", "/var/spool/cron/crontabs/root")])
        agent(sig, name, 6, f"act={g.c(['updated', 'updated', 'created', 'deleted'])} filePath={path} msg={g.c(['lastModified,sha256,size', 'lastModified,sha256', 'created'])}", "integrity")

    def li():
        sig, name, desc = g.c([(1002795, "Unix - Syslog", "Multiple authentication failures."), (1002792, "Default Rules Configuration", "Non standard syslog message (size too large)."),
                               (1008404, "Web Server - Apache", "Multiple web server 400 error codes from same source ip.")])
        u = g.c(["root", "admin", "ubuntu", "oracle", "test"])
        agent(sig, name, g.c([6, 8]), f"cs1Label=LI Description cs1={desc} fname=/var/log/{g.c(['auth.log', 'apache2/access.log'])} shost={g.c(HOSTS)[0]} msg=sshd[{g.num(1000, 60000)}]: Failed password for invalid user {u} from {g.ip('pub')} port {g.port()} ssh2", "log_inspection")

    def ac():
        agent(6001100, "Execution of Unrecognized Software", 6, f"suser={g.c(['www-data', 'deploy', 'root'])} act={g.c(['Blocked', 'Allowed'])} fname={g.c(['kdevtmpfsi', 'xmrig', 'node', 'php-cgi', 'composer.phar'])} filePath={g.c(['/tmp/', '/var/tmp/', '/usr/local/bin/', '/home/deploy/.local/bin/'])} sha256={g.hx(64)} fsize={g.num(10000, 9000000)}", "app_control")

    def mgr(sig, name, sev, ext, ev):
        cef("dsm01", "Deep Security Manager", "20.0.1017", sig, name, sev, ext + " " + T, ev)

    def signin():
        u, ip = g.c([("admin", "10.50.9.21"), ("soc-analyst", "10.50.9.35"), ("j.weber", "10.50.9.40")])
        if g.r.random() < 0.85:
            mgr(600, "User Signed In", 3, f"src={ip} suser={u} target={u} msg=User signed in from {ip}", "mgr_signed_in")
            if g.r.random() < 0.6:
                mgr(601, "User Signed Out", 3, f"src={ip} suser={u} target={u} msg=User signed out from {ip}", "mgr_signed_out")
        else:
            mgr(602, "User Sign In Failed", 6, f"src={ip} suser={u} target={u} msg=User sign in failed from {ip}", "mgr_sign_in_failed")

    def status():
        h = g.c(HOSTS)[0]
        r = g.r.random()
        if r < 0.4:
            mgr(730, "Offline", 6, f"suser=System target={h} msg=The Agent/Appliance is offline. Communication with the computer has been lost.", "mgr_offline")
        elif r < 0.7:
            mgr(731, "Back Online", 3, f"suser=System target={h} msg=The Agent/Appliance is back online.", "mgr_back_online")
        else:
            mgr(701, "Agent/Appliance Updated", 3, f"suser=System target={h} msg=Security Update: Security Update Successful", "mgr_update_ok")

    def pattern():
        mgr(1902, "Security Update: Pattern Update on Agents/Appliances Successful", 3, f"suser=System msg=Security update version 20261201.{g.num(100, 900)}", "mgr_pattern_ok")

    def alert():
        mgr(250, "Alert Started", 6, f"suser=System msg=Alert: {g.c(['Intrusion Prevention Rule Alert', 'Anti-Malware Alert', 'Computer Not Communicating', 'Integrity Monitoring Rule Alert'])}", "mgr_alert_started")

    ev = [(36, fw), (18, ips), (2, am), (6, wrs), (6, im), (8, li), (4, ac), (3, signin), (3, status), (1, pattern), (1.5, alert)]
    return L.run(slowed(L, ev, 12), None)


# 15 --------------------------------------------------------------- Uptime Kuma 1.23 in Docker on a small web agency's VPS watching its customers' sites, `docker logs uptime-kuma > kuma.log`:
#   "2026-12-01T10:00:00+00:00 [MONITOR] WARN: Monitor #3 'Shop Meier': Failing: ... | Interval: 60 seconds | Type: http | ..." (ISO time with offset, the
#   module in capitals, the level); the start-up with the entrypoint's "==>" lines and SQLite's pragma arrays printed raw, failing and pending monitors (a ping
#   failure carries ping's own output over several lines), notification errors, logins, rate limits, paused and resumed monitors, unhandled errors that
#   print a Node stack trace with a dumped SQL object and the "please report" line, a restart
@checked
def log_kuma(seed):
    L = Log("uptime_kuma_docker_logs", seed, "full", True, True)
    g = L.g
    MON = [(1, "Agentur Website", "http", "https://www.agentur-nord.example"), (2, "Shop Meier", "http", "https://shop.meier-moebel.example"), (3, "Praxis Dr. Lenz", "keyword", "https://praxis-lenz.example/termine"),
           (4, "Kunden-VPS ping", "ping", "203.0.113.44"), (5, "Mailserver SMTP", "port", "mail.agentur-nord.example"), (6, "DNS agentur-nord", "dns", "agentur-nord.example"),
           (7, "Staging API", "http", "https://api.staging.agentur-nord.example/health"), (8, "Backup-NAS", "ping", "198.51.100.23"), (9, "Bäckerei Sommer", "http", "https://baeckerei-sommer.example")]
    st = {"down": {}}

    def k(mod, lv, msg, ev, cont=()):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}+00:00 [{mod}] {lv}: {msg}", ev, lv, mod)
        for text, cev in cont:
            L.emit(text, cev, lv, mod)

    def start():
        L.emit("==> Performing startup jobs and maintenance tasks", "entry_startup_jobs")
        L.emit("==> Starting application with user 0 group 0", "entry_starting")
        for mod, msg, ev in [("SERVER", "Welcome to Uptime Kuma", "welcome"), ("SERVER", "Node Env: production", "node_env"), ("SERVER", "Inside Container: true", "inside_container"),
                             ("SERVER", "Importing Node libraries", "importing_node"), ("SERVER", "Importing 3rd-party libraries", "importing_3rd"),
                             ("SERVER", "Creating express and socket.io instance", "creating_express"), ("SERVER", "Server Type: HTTP", "server_type"),
                             ("SERVER", "Importing this project modules", "importing_project"), ("NOTIFICATION", "Prepare Notification Providers", "prepare_notifications"),
                             ("SERVER", "Version: 1.23.16", "version"), ("DB", "Data Dir: ./data/", "data_dir"), ("SERVER", "Connecting to the Database", "connecting_db")]:
            k(mod, "INFO", msg, ev)
        k("DB", "INFO", "SQLite config:", "sqlite_config")
        L.emit("[ { journal_mode: 'wal' } ]", "pragma_array")
        L.emit("[ { cache_size: -12000 } ]", "pragma_array")
        for mod, msg, ev in [("DB", "SQLite Version: 3.41.1", "sqlite_version"), ("SERVER", "Connected", "connected"), ("DB", "Your database version: 10", "db_version"),
                             ("DB", "Latest database version: 10", "db_latest"), ("DB", "Database patch not needed", "db_patch_not_needed"), ("DB", "Database Patch 2.0 Process", "db_patch_20"),
                             ("SERVER", "Load JWT secret from database.", "load_jwt"), ("SERVER", "Adding route", "adding_route"),
                             ("SERVER", "Adding socket handler", "adding_socket"), ("SERVER", "Init the server", "init_server"), ("SERVER", "Listening on 3001", "listening"),
                             ("SERVICES", "Starting nscd", "starting_nscd")]:
            k(mod, "INFO", msg, ev)

    def fail():
        mid, name, typ, tgt = g.c(MON)
        n = st["down"].get(mid, 0)
        if typ == "ping":
            k("MONITOR", "WARN", f"Monitor #{mid} '{name}': Failing: PING {tgt} ({tgt}) 56(84) bytes of data.", "failing",
              [("", "blank"), (f"--- {tgt} ping statistics ---", "ping_stats_head"), (f"1 packets transmitted, 0 received, 100% packet loss, time 0ms", "ping_stats_line"),
               (f" | Interval: 60 seconds | Type: ping | Down Count: {n} | Resend Interval: 0", "ping_tail")])
        else:
            if typ == "http":
                why = g.c(["timeout of 48000ms exceeded", "Request failed with status code 502", "Request failed with status code 503", "getaddrinfo EAI_AGAIN " + tgt.split("/")[2],
                           f"connect ECONNREFUSED {g.ip('pub')}:443", "certificate has expired"])
            elif typ == "keyword":
                why = "But keyword is not in [<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Wartungsarbeiten</title>...]"
            elif typ == "port":
                why = "Connection failed"
            else:
                why = f"queryA ETIMEOUT {tgt}"
            k("MONITOR", "WARN", f"Monitor #{mid} '{name}': Failing: {why} | Interval: 60 seconds | Type: {typ} | Down Count: {n} | Resend Interval: 0", "failing")
        st["down"][mid] = n + 1
        if n == 0 and g.r.random() < 0.25:
            notif = g.c(["Telegram Team", "E-Mail Technik", "ntfy agentur"])
            k("MONITOR", "ERROR", f"Cannot send notification to {notif}", "cannot_send_notification")
            k("MONITOR", "ERROR", f"Error: Error: {g.c(['AxiosError: Request failed with status code 429', 'Error: Invalid login: 535 5.7.8 Error: authentication failed', 'AxiosError: timeout of 10000ms exceeded'])}", "notification_error")

    def pending():
        mid, name, typ, tgt = g.c(MON)
        k("MONITOR", "WARN", f"Monitor #{mid} '{name}': Pending: {g.c(['timeout of 48000ms exceeded', 'Request failed with status code 504', 'read ECONNRESET'])} | Max retries: 2 | Retry: {g.num(1, 2)} | Retry Interval: 60 seconds | Type: {typ}", "pending")

    def auth():
        ip = g.c(["172.18.0.1", "172.18.0.1", "10.8.0.4"])
        r = g.r.random()
        if r < 0.55:
            k("AUTH", "INFO", f"Login by token. IP={ip}", "login_by_token")
            k("AUTH", "INFO", "Username from JWT: admin", "username_from_jwt")
            k("AUTH", "INFO", f"Successfully logged in user admin. IP={ip}", "logged_in")
        elif r < 0.8:
            k("AUTH", "INFO", f"Login by username + password. IP={ip}", "login_by_password")
            k("RATE-LIMIT", "INFO", f"remaining requests: {g.num(10, 19)}", "remaining_requests")
            k("AUTH", "INFO", f"Successfully logged in user admin. IP={ip}", "logged_in")
        else:
            k("AUTH", "INFO", f"Login by username + password. IP={ip}", "login_by_password")
            k("RATE-LIMIT", "INFO", f"remaining requests: {g.num(0, 19)}", "remaining_requests")
            k("AUTH", "WARN", f"Incorrect username or password for user {g.c(['admin', 'Admin', 'root'])}. IP={ip}", "incorrect_password")

    def manage():
        mid = g.c(MON)[0]
        r = g.r.random()
        if r < 0.4:
            k("MONITOR", "INFO", f"Get Monitor: {mid} User ID: 1", "get_monitor")
        elif r < 0.7:
            k("MANAGE", "INFO", f"Pause Monitor: {mid} User ID: 1", "pause_monitor")
        else:
            k("MANAGE", "INFO", f"Resume Monitor: {mid} User ID: 1", "resume_monitor")

    def trace():
        L.emit("Trace: KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?", "trace_knex")
        frames = [("Client_SQLite3.acquireConnection", "/app/node_modules/knex/lib/client.js:312:26"), ("async Runner.ensureConnection", "/app/node_modules/knex/lib/execution/runner.js:287:28"),
                  ("async Runner.run", "/app/node_modules/knex/lib/execution/runner.js:30:19"), ("async RedBeanNode.normalizeRaw", "/app/node_modules/redbean-node/dist/redbean-node.js:572:22"),
                  ("async RedBeanNode.getRow", "/app/node_modules/redbean-node/dist/redbean-node.js:558:22"), ("async Monitor.calcUptime", "/app/server/model/monitor.js:1222:22"),
                  ("async Monitor.sendUptime", "/app/server/model/monitor.js:1281:24")]
        for fn, loc in frames:
            L.emit(f"    at {fn} ({loc})", "stack_frame")
        L.emit("    at async Monitor.sendStats (/app/server/model/monitor.js:1154:13) {", "stack_frame_brace")
        L.emit("  sql: '\\n' +", "dump_sql_first")
        for s in ["            SELECT\\n", "               -- SUM all duration, also trim off the beat out of time window\\n", "                SUM(\\n",
                  "                    CASE\\n", "                        WHEN (JULIANDAY(`time`) - JULIANDAY(?)) * 86400 < duration\\n"]:
            L.emit(f"    '{s}' +", "dump_sql_line")
        L.emit("    '        ',", "dump_sql_last")
        L.emit(f"  bindings: [ '{(L.t - dt.timedelta(days=30)):%Y-%m-%d %H:%M:%S}', {g.c(MON)[0]}, '{(L.t - dt.timedelta(days=30)):%Y-%m-%d %H:%M:%S}' ]", "dump_bindings")
        L.emit("}", "dump_close")
        for fn, loc in [("process.unexpectedErrorHandler", "/app/server/server.js:1905:13"), ("process.emit", "node:events:517:28"), ("emit", "node:internal/process/promises:149:20"),
                        ("processPromiseRejections", "node:internal/process/promises:283:17"), ("process.processTicksAndRejections", "node:internal/process/task_queues:96:32")]:
            L.emit(f"    at {fn} ({loc})", "stack_frame")
        L.emit("If you keep encountering errors, please report to https://github.com/louislam/uptime-kuma/issues", "please_report")

    def restart():
        for mod, msg, ev in [("SERVER", "Shutdown requested", "shutdown_requested"), ("SERVER", "Called signal: SIGTERM", "called_signal"), ("SERVER", "Stopping all monitors", "stopping_monitors"),
                             ("DB", "Closing the database", "closing_db"), ("DB", "SQLite closed", "sqlite_closed"), ("CLOUDFLARED", "Stop cloudflared", "stop_cloudflared"),
                             ("SERVER", "Graceful shutdown successful!", "graceful_shutdown")]:
            k(mod, "INFO", msg, ev)
        L.tick(10)
        start()

    start()
    ev = [(40, fail), (14, pending), (6, auth), (5, manage), (0.5, trace), (0.15, restart)]
    L.run(slowed(L, ev, 25), None)
    return carry_time(L, lambda r: r[1] not in ("entry_startup_jobs", "entry_starting", "pragma_array", "trace_knex", "stack_frame", "stack_frame_brace", "dump_sql_first", "dump_sql_line",
                                                 "dump_sql_last", "dump_bindings", "dump_close", "please_report"))


# 16 --------------------------------------------------------------- VASP 6.4 in a Slurm job of a battery-materials group: one job relaxes a series of delithiated LiCoO2 supercells (spin-polarised,
#   conjugate gradient) and then runs a short ab-initio MD of one, all into slurm-<jobid>.out: the job script's "=== ... ===" and "srun" lines, then VASP's stdout,
#   which has no header and no time at all (the banner, set-up lines, the electronic steps "DAV:"/"RMM:" under their column header, the ionic "F=" lines with
#   "mag=" (without it in the non-spin MD, which writes "T= ... E= ... EK=" lines), the line-search lines of the conjugate gradient, the boxed WARNING with
#   its ASCII-art letters, the sub-space warning, ZBRENT's bracketing error, the final lines)
@checked
def log_vasp(seed):
    L = Log("vasp_slurm_out", seed, None, True, False)
    g = L.g
    ART = ["|     W    W    AA    RRRRR   N    N  II  N    N   GGGG   !!!                 |", "|     W    W   A  A   R    R  NN   N  II  NN   N  G    G  !!!                 |",
           "|     W    W  A    A  R    R  N N  N  II  N N  N  G       !!!                 |", "|     W WW W  AAAAAA  RRRRR   N  N N  II  N  N N  G  GGG   !                   |",
           "|     WW  WW  A    A  R   R   N   NN  II  N   NN  G    G                       |", "|     W    W  A    A  R    R  N    N  II  N    N   GGGG   !!!                 |"]

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def e(x, nd=12, lead0=True):
        """Fortran's E format: 0.541223874537E+03, or -.25432987E+03 without the leading zero."""
        if x == 0:
            m, ex = 0.0, 0
        else:
            ex = math.floor(math.log10(abs(x))) + 1
            m = abs(x) / 10 ** ex
            if round(m, nd) >= 1:
                m /= 10
                ex += 1
        digits = f"{m:.{nd}f}"
        if not lead0:
            digits = digits[1:]
        return f"{'-' if x < 0 else ''}{digits}E{ex:+03d}"

    def fe(x):
        return e(x, 8, False)

    def warn_box(text):
        o(" " + "-" * 77, "box_rule")
        o("|" + " " * 77 + "|", "box_empty")
        for k, a in enumerate(ART):
            o(a, f"box_art{k}")
        o("|" + " " * 77 + "|", "box_empty")
        for k, t in enumerate(text):
            o(f"|     {t:<72}|", f"box_text_{k}")
        o("|" + " " * 77 + "|", "box_empty")
        o(" " + "-" * 77, "box_rule")
        o("", "blank")

    def header(nions, types, spin):
        o(" running   64 mpi-ranks, with    1 threads/rank, on    1 nodes", "running_ranks")
        o(" distrk:  each k-point on   64 cores,    1 groups", "distrk")
        o(" distr:  one band on NCORE=  16 cores,    4 groups", "distr")
        o(" vasp.6.4.3 19Mar24 (build Oct 02 2026 16:21:07) complex                        ", "vasp_version")
        o("  ", "blank")
        o(f" POSCAR found type information on POSCAR {types}", "poscar_types")
        o(f" POSCAR found :  {len(types.split())} types and {nions:>7} ions", "poscar_found")
        o(" Reading from existing POTCAR", "reading_potcar")
        o(" scaLAPACK will be used", "scalapack")
        o(" Reading from existing POTCAR", "reading_potcar")
        o(" LDA part: xc-table for (Slater+PW92), standard interpolation", "lda_part")
        if g.r.random() < 0.4:
            warn_box(["The number of bands has been changed from the values supplied in the", "INCAR file. This is a result of running the parallel version. The",
                      "orbitals not found in the WAVECAR file will be initialized with random", "numbers, which is usually adequate. For correlated calculations,",
                      "however, you should redo the groundstate calculation.", f"I found NBANDS = {nions * 4}. Now, NBANDS = {nions * 4 + 16}."])
        o(" POSCAR, INCAR and KPOINTS ok, starting setup", "setup_ok")
        for grid in ["GRIDC", "GRID_SOFT", "GRID"]:
            o(f" FFT: planning ... {grid}", "fft_planning")
        o(" WAVECAR not read", "wavecar_not_read")
        o(" entering main loop", "entering_main_loop")

    def scf(first, E, nions):
        o("       N       E                     dE             d eps       ncg     rms          rms(c)", "scf_header")
        ndav = 5 if first else 1
        nrmm = g.num(6, 14) if first else g.num(4, 9)
        cur = E + (g.r.uniform(400, 800) if first else g.r.uniform(-0.5, 0.5))
        ncg = nions * g.num(80, 120)
        for k in range(1, ndav + nrmm + 1):
            new = E + (cur - E) * g.r.uniform(0.01, 0.3)
            dE = new - cur
            cur = new
            rms = abs(dE) ** 0.5 * g.r.uniform(0.3, 2) + 1e-4
            rmsc = f"    {e(abs(dE) ** 0.5 * g.r.uniform(0.05, 0.5) + 1e-5, 3)}" if k > 1 else ""
            if k <= ndav:
                o(f"DAV: {k:>3}   {e(cur):>19}   {e(dE, 5):>12}   {e(-abs(dE) * g.r.uniform(1, 8), 5):>12} {ncg + g.num(-200, 200):>5}   {e(rms, 3)}{rmsc}", "dav_line")
                if g.r.random() < 0.01:
                    o(f" WARNING: Sub-Space-Matrix is not hermitian in DAV {g.num(1, 9):>13} {e(-g.r.uniform(0.001, 0.1), 4)}", "subspace_warning", "WARNING")
            else:
                o(f"RMM: {k:>3}   {e(cur):>19}   {e(dE, 5):>12}   {e(-abs(dE) * g.r.uniform(0.01, 0.5), 5):>12} {ncg + g.num(-200, 200):>5}   {e(rms, 3)}{rmsc}", "rmm_line")
        return cur

    def relax(name, nions, types):
        o(f"=== {name}: relax ===", "script_banner")
        o(f"srun --mpi=pmix -n 64 vasp_std", "script_srun")
        header(nions, types, True)
        E = -g.r.uniform(5.2, 5.6) * nions
        E0 = E
        mag = g.r.uniform(2, 16)
        nsteps = g.num(6, 18)
        for step in range(1, nsteps + 1):
            E = E - g.r.uniform(0.001, 0.3) / step
            F = scf(step == 1, E, nions)
            o(f"{step:>4} F= {fe(F)} E0= {fe(F + g.r.uniform(-0.01, 0.01))}  d E ={e(F - E0, 6, False)}  mag=    {mag + g.r.uniform(-0.01, 0.01):.4f}", "ionic_F_mag")
            E0 = F
            if step == nsteps and g.r.random() < 0.85:
                o(" reached required accuracy - stopping structural energy minimisation", "reached_accuracy")
                break
            if step % 2 == 1:
                cd = -g.r.uniform(0.0001, 0.05) if step > 1 else 0.0
                o(f" curvature: {g.r.uniform(-0.5, 0) if step > 1 else 0:6.2f} expect dE={e(cd, 3)} dE for cont linesearch {e(cd, 3)}", "curvature")
                o(f" trial: gam= {g.r.uniform(0, 1) if step > 1 else 0:.5f} g(F)=  {e(g.r.uniform(1e-4, 0.05), 3)} g(S)=  {e(0, 3)} ort ={e(g.r.uniform(-0.01, 0.01) if step > 1 else 0, 3):>10} (trialstep = {e(g.r.uniform(0.5, 3), 3)})", "trial_gam")
                o(f" search vector abs. value=  {e(g.r.uniform(1e-3, 0.05), 3)}", "search_vector")
            else:
                d = -g.r.uniform(0.0001, 0.2)
                o(f" trial-energy change:{d:12.6f}  1 .order{d * 1.01:12.6f}{d * 1.8:12.6f}{d * 0.2:12.6f}", "trial_energy_change")
                o(f" step:   {g.r.uniform(0.5, 3):.4f}(harm=  {g.r.uniform(0.5, 3):.4f})  dis= {g.r.uniform(0.0001, 0.05):.5f}  next Energy= {F + d:13.6f} (dE={e(d, 3)})", "step_line")
            if step == nsteps:
                o(" ZBRENT: fatal error in bracketing", "zbrent_error")
                o("     please rerun with smaller EDIFF, or copy CONTCAR", "zbrent_rerun")
                o("     to POSCAR and continue", "zbrent_continue")
                break
            o(" bond charge predicted", "bond_charge")
            if g.r.random() < 0.008:
                o(" BRMIX: very serious problems", "brmix_problems")
                o("  the old and the new charge density differ", "brmix_differ")
                o(f"  old charge density: {nions * 8 - 8:10.5f} new {nions * 8 - 8 - g.r.uniform(0.001, 0.5):10.5f}", "brmix_old_new")
        o(" writing wavefunctions", "writing_wavefunctions")
        o(f"=== {name}: done, exit code 0 ===", "script_done")

    def md(name, nions, types, steps):
        o(f"=== {name}: md (NVT, 900 K) ===", "script_banner")
        o(f"srun --mpi=pmix -n 64 vasp_std", "script_srun")
        header(nions, types, False)
        E = -g.r.uniform(5.2, 5.6) * nions
        for step in range(1, steps + 1):
            F = scf(step == 1, E, nions)
            Tk = 900 + g.r.uniform(-200, 200)
            ek = 1.5 * nions * 8.617e-5 * Tk
            o(f"{step:>6} T= {Tk:6.0f}. E= {fe(F + ek)} F= {fe(F)} E0= {fe(F + g.r.uniform(-0.01, 0.01))}  EK= {e(ek, 5)} SP= {e(g.r.uniform(0.1, 2), 2)} SK= {e(g.r.uniform(0.01, 0.5), 2)}", "md_T_line")
            o(" bond charge predicted", "bond_charge")
            E = F + g.r.uniform(-0.3, 0.3)
            if len(L.rows) >= N_LINES:
                break

    comps = [("LiCoO2_x1.00", 48, "Li Co O"), ("Li0.75CoO2", 44, "Li Co O"), ("Li0.50CoO2_a", 40, "Li Co O"), ("Li0.50CoO2_b", 40, "Li Co O"), ("Li0.25CoO2", 36, "Li Co O"),
             ("CoO2_O1", 32, "Co O"), ("Li0.75CoO2_Al", 44, "Li Co Al O"), ("Li0.50CoO2_Mg", 40, "Li Co Mg O")]
    for name, n, t in comps:
        if len(L.rows) > N_LINES - 300:
            break
        relax(name, n, t)
    while len(L.rows) < N_LINES:
        md("Li0.50CoO2_a", 40, "Li Co O", 400)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- VictoriaMetrics single-node 1.106 (Docker) as the long-term Prometheus store of an e-commerce platform, also scraping a few targets
#   itself, `docker logs victoriametrics > vm.log`: "2026-12-01T10:00:00.123Z<TAB>info<TAB>VictoriaMetrics/lib/storage/storage.go:123<TAB>message" (UTC time, level,
#   the caller's source path and line, then the message); the start-up with its build and flag lines, opening the storage and caches, scrape errors,
#   remote-write clients sending bad data, queries over the series limit and slow ones, new partitions, indexdb rotation, snapshots taken and deleted by
#   the backup job, a graceful restart
@checked
def log_vm(seed):
    L = Log("victoriametrics_docker_logs", seed, "full", True, True)
    g = L.g
    FLAGS = [("retentionPeriod", "400d"), ("storageDataPath", "/storage"), ("httpListenAddr", ":8428"), ("promscrape.config", "/etc/vm/scrape.yml"), ("search.maxUniqueTimeseries", "300000"),
             ("search.logSlowQueryDuration", "5s"), ("dedup.minScrapeInterval", "15s"), ("memory.allowedPercent", "60")]
    TARGETS = [("node", f"10.30.1.{i}:9100") for i in range(10, 22)] + [("blackbox", "10.30.2.5:9115"), ("postgres", "10.30.3.11:9187"), ("redis", "10.30.3.20:9121")]
    st = {"part": "2026_12", "snap": []}

    def v(lv, caller, msg, ev):
        ms_(L, 0, 60)
        src = f"VictoriaMetrics/{caller}"
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z\t{lv}\t{src}\t{msg}", ev, lv, f"{src}|{src.rsplit(':', 1)[0]}")

    def start():
        v("info", "lib/logger/flag.go:12", "build version: victoria-metrics-20241111-141420-tags-v1.106.1-0-g0b8d3c7b9", "build_version")
        v("info", "lib/logger/flag.go:13", "command-line flags", "command_line_flags")
        for k, val in FLAGS:
            v("info", "lib/logger/flag.go:20", f"  -{k}=\"{val}\"", "flag_line")
        v("info", "app/victoria-metrics/main.go:73", "starting VictoriaMetrics at \"[:8428]\"...", "starting_at")
        v("info", "app/vmstorage/main.go:107", "opening storage at \"/storage\" with -retentionPeriod=400d", "opening_storage")
        v("info", "lib/memory/memory.go:42", f"limiting caches to {g.num(2, 9) * 2 ** 30} bytes, leaving {g.num(2, 9) * 2 ** 30} bytes to the OS according to -memory.allowedPercent=60", "limiting_caches")
        L.tick(2)
        v("info", "app/vmstorage/main.go:121", f"successfully opened storage \"/storage\" in {g.f(0.3, 9)} seconds; partsCount: {g.num(100, 900)}; blocksCount: {g.num(10 ** 5, 10 ** 7)}; rowsCount: {g.num(10 ** 9, 10 ** 11)}; sizeBytes: {g.num(10 ** 9, 10 ** 11)}", "opened_storage")
        v("info", "app/vmselect/promql/rollup_result_cache.go:125", "loading rollupResult cache from \"/storage/cache/rollupResult\"...", "loading_rollup_cache")
        v("info", "app/vmselect/promql/rollup_result_cache.go:154", f"loaded rollupResult cache from \"/storage/cache/rollupResult\" in {g.f(0.001, 0.9)} seconds; entriesCount: {g.num(100, 9000)}, sizeBytes: {g.num(10 ** 5, 10 ** 8)}", "loaded_rollup_cache")
        v("info", "app/victoria-metrics/main.go:84", f"started VictoriaMetrics in {g.f(0.5, 9)} seconds", "started_in")
        v("info", "lib/httpserver/httpserver.go:122", "starting server at http://127.0.0.1:8428/", "starting_server")
        v("info", "lib/httpserver/httpserver.go:123", "pprof handlers are exposed at http://127.0.0.1:8428/debug/pprof/", "pprof_exposed")
        v("info", "lib/promscrape/scraper.go:118", "reading scrape configs from \"/etc/vm/scrape.yml\"", "reading_scrape_configs")
        v("info", "lib/promscrape/scraper.go:425", f"static_configs: added targets: {len(TARGETS)}, removed targets: 0; total targets: {len(TARGETS)}", "static_added_targets")

    def scrape():
        job, inst = g.c(TARGETS)
        n = g.num(1, 20)
        err = g.c([f"cannot read data: cannot scrape \"http://{inst}/metrics\": Get \"http://{inst}/metrics\": dial tcp4 {inst}: connect: connection refused",
                   f"cannot read data: cannot scrape \"http://{inst}/metrics\": Get \"http://{inst}/metrics\": context deadline exceeded (Client.Timeout exceeded while awaiting headers); try -promscrape.maxScrapeSize or -promscrape.scrapeTimeout",
                   f"cannot read data: cannot scrape \"http://{inst}/metrics\": Get \"http://{inst}/metrics\": dial tcp4 {inst}: i/o timeout"])
        v("warn", "lib/promscrape/scrapework.go:434", f"cannot scrape target \"http://{inst}/metrics\" ({{instance=\"{inst}\",job=\"{job}\"}}) {n} out of {n} times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: {err}", "cannot_scrape")

    def rw():
        ip = f"10.30.{g.c([4, 4, 5])}.{g.num(2, 60)}:{g.port()}"
        err = g.c(["cannot read compressed request in 30 seconds: unexpected EOF", "cannot decompress request with length 4194304: snappy: corrupt input",
                   "too big packed request; mustn't exceed -maxInsertRequestSize=33554432 bytes; got 41943040 bytes"])
        v("warn", "lib/httpserver/httpserver.go:374", f"remoteAddr: \"{ip}\"; requestURI: /api/v1/write; {err}", "remote_write_error")

    def query():
        ip = f"10.30.{g.c([6, 6, 7])}.{g.num(2, 60)}:{g.port()}"
        q = g.c(["sum(rate(http_requests_total{job=\"shop\"}[5m])) by (handler,status)", "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le,route))",
                 "count({__name__=~\".+\"}) by (job)", "topk(10, sum(rate(container_cpu_usage_seconds_total[1m])) by (pod))"])
        if g.r.random() < 0.5:
            v("warn", "app/vmselect/main.go:474", f"error in \"/api/v1/query_range?query={q.replace(' ', '+')}&start={int(epoch(L.t)) - 86400}&end={int(epoch(L.t))}&step=60\": cannot execute query: cannot find timeseries: the number of matching timeseries exceeds 300000; either narrow down the search or increase -search.max* command-line flag values at vmselect; see https://docs.victoriametrics.com/#resource-usage-limits", "query_too_many_series")
        else:
            v("warn", "app/vmselect/promql/exec.go:56", f"slow query according to -search.logSlowQueryDuration=5s: remoteAddr={ip}, duration={g.f(5, 60)} seconds; query=\"{q}\"", "slow_query")

    def partition():
        v("info", "lib/storage/partition.go:232", f"creating a partition \"{st['part']}\" with smallPartsPath=\"/storage/data/small/{st['part']}\", bigPartsPath=\"/storage/data/big/{st['part']}\"", "creating_partition")
        v("info", "lib/storage/partition.go:241", f"partition \"{st['part']}\" has been created", "partition_created")

    def rotate():
        nm = g.HX(16)
        v("info", "lib/storage/storage.go:856", f"indexdb rotation: creating a new indexdb \"/storage/indexdb/{nm}\"", "indexdb_creating")
        v("info", "lib/storage/storage.go:868", f"indexdb rotation: the old indexdb \"/storage/indexdb/{g.HX(16)}\" is marked for deletion; the new indexdb \"/storage/indexdb/{nm}\" is active", "indexdb_rotated")

    def snapshot():
        if st["snap"] and g.r.random() < 0.5:
            s = st["snap"].pop(0)
            v("info", "lib/storage/storage.go:437", f"deleting snapshot \"{s}\"...", "deleting_snapshot")
            v("info", "lib/storage/storage.go:446", f"deleted snapshot \"{s}\" in {g.f(0.001, 0.5)} seconds", "deleted_snapshot")
            return
        s = f"{L.t:%Y%m%d%H%M%S}-{g.HX(16)}"
        st["snap"].append(s)
        v("info", "lib/storage/storage.go:349", "creating Storage snapshot for \"/storage\"...", "creating_snapshot")
        v("info", "lib/storage/storage.go:414", f"created Storage snapshot for \"/storage\" at \"/storage/snapshots/{s}\" in {g.f(0.05, 3)} seconds", "created_snapshot")

    def merge():
        v("info", "lib/storage/partition.go:1495", f"merged ({g.num(2, 15)} parts, {g.num(10 ** 6, 10 ** 9)} rows, {g.num(10 ** 4, 10 ** 6)} blocks, {g.num(10 ** 6, 10 ** 9)} bytes) into (1 part, {g.num(10 ** 6, 10 ** 9)} rows, {g.num(10 ** 4, 10 ** 6)} blocks, {g.num(10 ** 6, 10 ** 9)} bytes) in {g.f(0.1, 90)} seconds at {g.num(10 ** 4, 10 ** 7)} rows/sec to \"/storage/data/big/{st['part']}/{g.HX(16)}\"", "merged_parts") if g.r.random() < 0.3 else \
            v("info", "lib/storage/storage.go:2088", f"skipping adding series with labels {{__name__=\"{g.c(['http_request_duration_seconds_bucket', 'kafka_consumergroup_lag', 'container_memory_working_set_bytes'])}\",pod=\"{g.alnum(12)}\"}} because the hourly series limit of 2000000 unique series is exceeded (suppressed {g.num(10, 9000)} similar messages)", "series_limit")

    def targets():
        a, r = g.num(0, 6), g.num(0, 6)
        v("info", "lib/promscrape/scraper.go:425", f"kubernetes_sd_configs: added targets: {a}, removed targets: {r}; total targets: {g.num(40, 120)}", "k8s_added_targets")

    def restart():
        v("info", "app/victoria-metrics/main.go:93", "received signal terminated", "received_signal")
        v("info", "app/victoria-metrics/main.go:97", "gracefully shutting down webservice at \":8428\"", "shutting_down_webservice")
        v("info", "app/victoria-metrics/main.go:101", f"successfully shut down the webservice in {g.f(0.001, 0.05)} seconds", "shut_down_webservice")
        v("info", "app/vmstorage/main.go:176", "gracefully closing the storage at /storage", "closing_storage")
        L.tick(2)
        v("info", "app/vmstorage/main.go:181", f"successfully stopped the storage in {g.f(0.5, 9)} seconds", "stopped_storage")
        v("info", "app/victoria-metrics/main.go:112", f"the VictoriaMetrics has been stopped in {g.f(0.5, 9)} seconds", "vm_stopped")
        L.tick(10)
        start()

    start()
    ev = [(40, scrape), (8, rw), (12, query), (0.6, partition), (0.4, rotate), (2, snapshot), (14, merge), (6, targets), (0.15, restart)]
    return L.run(slowed(L, ev, 30), None)


# 18 --------------------------------------------------------------- Apache ZooKeeper 3.8 as the three-node ensemble of a Kafka and Solr installation, zk-2's /var/log/zookeeper/zookeeper.log (log4j pattern
#   "%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n"): "2026-12-01 10:00:00,123 [myid:2] - INFO  [thread:o.a.z.s.q.QuorumPeer@1456] - message" (the thread
#   and the abbreviated class with the line share one bracket); the start-up's configuration lines, leader elections with their notifications, following and
#   syncing with the leader, sessions established and expired, clients refused or closing their sockets with Java stack traces under the warnings, peers
#   refusing connections, snapshots and new transaction logs, fsync warnings, the purge task, four-letter-word commands
@checked
def log_zookeeper(seed):
    L = Log("zookeeper_log", seed, "full", True, True)
    g = L.g
    ME = 2
    QP = f"QuorumPeer[myid={ME}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled)"
    CLIENTS = [f"10.42.{g.c([1, 2, 3])}.{g.num(10, 90)}" for _ in range(12)]
    st = {"zxid": g.num(0x100000000, 0x100ffffff), "epoch": 1, "sess": {}, "round": g.num(1, 9), "role": "FOLLOWING", "leader": 3, "log": 0}

    def z(lv, thread, cls, line, msg, ev, stack=None):
        ms_(L, 0, 40)
        short = cls.rsplit(".", 1)[-1]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [myid:{ME}] - {lv:<5} [{thread}:{cls}@{line}] - {msg}", ev, lv, f"{cls}|{short}")
        for text, sev in stack or []:
            L.emit(text, sev, lv, f"{cls}|{short}")

    def frames(lst):
        return [(f"\tat {f}", "stack_at") for f in lst]

    def startup():
        for line, msg, ev in [(177, "Reading configuration from: /conf/zoo.cfg", "reading_config"), (431, "clientPort is not set", "client_port_not_set"),
                              (444, "secureClientPort is not set", "secure_port_not_set"), (460, "observerMasterPort is not set", "observer_master_not_set"),
                              (477, "metricsProvider.className is org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider", "metrics_provider")]:
            z("INFO", "main", "o.a.z.s.q.QuorumPeerConfig", line, msg, ev)
        z("INFO", "main", "o.a.z.s.DatadirCleanupManager", 78, "autopurge.snapRetainCount set to 5", "autopurge_retain")
        z("INFO", "main", "o.a.z.s.DatadirCleanupManager", 79, "autopurge.purgeInterval set to 24", "autopurge_interval")
        z("INFO", "main", "o.a.z.s.q.QuorumPeerMain", 149, "Starting quorum peer, myid=2", "starting_quorum_peer")
        z("INFO", "main", "o.a.z.s.ServerCnxnFactory", 169, "Using org.apache.zookeeper.server.NIOServerCnxnFactory as server connection factory", "using_cnxn_factory")
        z("INFO", "main", "o.a.z.s.NIOServerCnxnFactory", 652, "Configuring NIO connection handler with 10s sessionless connection timeout, 2 selector thread(s), 32 worker threads, and 64 kB direct buffers.", "configuring_nio")
        z("INFO", "main", "o.a.z.s.NIOServerCnxnFactory", 660, "binding to port 0.0.0.0/0.0.0.0:2181", "binding_port")
        z("INFO", "main", "o.a.z.s.p.FileTxnSnapLog", 124, "zookeeper.snapshot.trust.empty : false", "trust_empty")
        z("INFO", "main", "o.a.z.s.ZKDatabase", 133, "zookeeper.snapshotSizeFactor = 0.33", "snapshot_size_factor")
        z("INFO", "main", "o.a.z.s.p.SnapStream", 61, "zookeeper.snapshot.compression.method = CHECKED", "snapshot_compression")
        z("INFO", "main", "o.a.z.s.p.FileSnap", 85, f"Reading snapshot /data/version-2/snapshot.{st['zxid'] - g.num(1000, 90000):x}", "reading_snapshot")
        z("INFO", "main", "o.a.z.s.DataTree", 1730, f"The digest in the snapshot has digest version of 2, with zxid as 0x{st['zxid'] - 9000:x}, and digest value as {g.num(10 ** 11, 10 ** 12)}", "digest_in_snapshot")
        z("INFO", "main", "o.a.z.s.ZKDatabase", 290, f"Snapshot loaded in {g.num(40, 900)} ms, highest zxid is 0x{st['zxid']:x}, digest is {g.num(10 ** 11, 10 ** 12)}", "snapshot_loaded")
        z("INFO", "main", "o.a.z.s.q.QuorumCnxManager$Listener", 909, f"Election port bind maximum retries is 3", "election_bind_retries")
        z("INFO", "ListenerHandler-zk-2.zk-hs.kafka.svc.cluster.local/10.42.0.12:3888", "o.a.z.s.q.QuorumCnxManager$Listener$ListenerHandler", 1079, "2 is accepting connections now, my election bind port: zk-2.zk-hs.kafka.svc.cluster.local/10.42.0.12:3888", "accepting_connections")
        election()

    def election():
        st["round"] += 1
        z("INFO", QP, "o.a.z.s.q.QuorumPeer", 1456, "LOOKING", "looking")
        z("INFO", QP, "o.a.z.s.q.FastLeaderElection", 945, f"New election. My id = {ME}, proposed zxid=0x{st['zxid']:x}", "new_election")
        for sid in [ME, 1, 3]:
            z("INFO", f"WorkerReceiver[myid={ME}]", "o.a.z.s.q.FastLeaderElection$Messenger$WorkerReceiver", 389,
              f"Notification: my state:LOOKING; n.sid:{sid}, n.state:{g.c(['LOOKING', 'FOLLOWING', 'LEADING']) if sid != ME else 'LOOKING'}, n.leader:{3}, n.round:0x{st['round']:x}, n.peerEpoch:0x{st['epoch']:x}, n.zxid:0x{st['zxid']:x}, message format version:0x2, n.config version:0x0", "notification")
        if g.r.random() < 0.35:
            peer = g.c([1, 3])
            z("WARN", f"QuorumConnectionThread-[myid={ME}]-{g.num(1, 9)}", "o.a.z.s.q.QuorumCnxManager", 401, f"Cannot open channel to {peer} at election address zk-{peer}.zk-hs.kafka.svc.cluster.local/10.42.0.{10 + peer}:3888", "cannot_open_channel",
              [("java.net.ConnectException: Connection refused", "exc_connect")] + frames(["java.base/sun.nio.ch.Net.pollConnect(Native Method)", "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                                                                                         "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)", "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
                                                                                         "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)", "java.base/java.net.Socket.connect(Socket.java:633)",
                                                                                         "org.apache.zookeeper.server.quorum.QuorumCnxManager.initiateConnection(QuorumCnxManager.java:384)",
                                                                                         "org.apache.zookeeper.server.quorum.QuorumCnxManager$QuorumConnectionReqThread.run(QuorumCnxManager.java:458)",
                                                                                         "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                                                                                         "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)", "java.base/java.lang.Thread.run(Thread.java:840)"]))
        L.tick(0.3)
        st["epoch"] += 1
        if g.r.random() < 0.8:
            st["role"], st["leader"] = "FOLLOWING", 3
            z("INFO", QP, "o.a.z.s.q.QuorumPeer", 1536, "FOLLOWING", "following")
            z("INFO", QP, "o.a.z.s.ZooKeeperServer", 1327, f"minSessionTimeout set to 4000 ms", "min_session_timeout")
            z("INFO", QP, "o.a.z.s.ZooKeeperServer", 1336, f"maxSessionTimeout set to 40000 ms", "max_session_timeout")
            z("INFO", QP, "o.a.z.s.q.Learner", 91, f"FOLLOWING - LEADER ELECTION TOOK - {g.num(30, 900)} MS", "election_took_following")
            z("INFO", QP, "o.a.z.s.q.QuorumPeer", 915, f"Peer state changed: following - discovery", "peer_state")
            z("INFO", QP, "o.a.z.s.q.QuorumPeer", 915, f"Peer state changed: following - synchronization", "peer_state")
            z("INFO", QP, "o.a.z.s.q.Learner", 588, f"Getting a diff from the leader 0x{st['zxid']:x}", "getting_diff")
            z("INFO", QP, "o.a.z.s.q.QuorumPeer", 915, f"Peer state changed: following - synchronization - diff", "peer_state")
            z("INFO", QP, "o.a.z.s.q.Learner", 778, f"Learner received NEWLEADER message", "received_newleader")
            z("INFO", QP, "o.a.z.s.q.Learner", 765, f"Learner received UPTODATE message", "received_uptodate")
            z("INFO", QP, "o.a.z.s.q.QuorumPeer", 915, f"Peer state changed: following - broadcast", "peer_state")
        else:
            st["role"], st["leader"] = "LEADING", ME
            z("INFO", QP, "o.a.z.s.q.QuorumPeer", 1548, "LEADING", "leading")
            z("INFO", QP, "o.a.z.s.q.Leader", 581, f"LEADING - LEADER ELECTION TOOK - {g.num(30, 900)} MS", "election_took_leading")
            z("INFO", QP, "o.a.z.s.q.Leader", 1510, f"Have quorum of supporters, sids: [[1, 2, 3],[1, 2, 3]]; starting up and setting last processed zxid: 0x{st['epoch']:x}00000000", "have_quorum")
        st["zxid"] = st["epoch"] << 32

    def session():
        ip = g.c(CLIENTS)
        sid = f"0x{ME}000{g.hx(3)}{g.hx(8)}"
        r = g.r.random()
        if r < 0.6 or not st["sess"]:
            st["sess"][sid] = ip
            if st["role"] == "FOLLOWING":
                z("INFO", f"CommitProcWorkThread-{g.num(1, 4)}", "o.a.z.s.q.Learner", 145, f"Revalidating client: {sid}", "revalidating") if g.r.random() < 0.2 else None
            z("INFO", f"NIOWorkerThread-{g.num(1, 32)}", "o.a.z.s.ZooKeeperServer", 1179, f"Established session {sid} with negotiated timeout {g.c([18000, 30000, 40000])} for client /{ip}:{g.port()}", "established_session")
        elif r < 0.9:
            sid = g.c(sorted(st["sess"]))
            ip = st["sess"].pop(sid)
            z("INFO", "SessionTracker", "o.a.z.s.ZooKeeperServer", 632, f"Expiring session {sid}, timeout of {g.c([18000, 30000, 40000])}ms exceeded", "expiring_session")
        else:
            sid = g.c(sorted(st["sess"]))
            ip = st["sess"].pop(sid)
            z("WARN", f"NIOWorkerThread-{g.num(1, 32)}", "o.a.z.s.NIOServerCnxn", 380, "Unexpected exception", "unexpected_exception",
              [(f"org.apache.zookeeper.server.ServerCnxn$EndOfStreamException: Unable to read additional data from client, it probably closed the socket: address = /{ip}:{g.port()}, session = {sid}", "exc_end_of_stream")] +
              frames(["org.apache.zookeeper.server.NIOServerCnxn.handleFailedRead(NIOServerCnxn.java:170)", "org.apache.zookeeper.server.NIOServerCnxn.doIO(NIOServerCnxn.java:333)",
                      "org.apache.zookeeper.server.NIOServerCnxnFactory$IOWorkRequest.doWork(NIOServerCnxnFactory.java:508)", "org.apache.zookeeper.server.WorkerService$ScheduledWorkRequest.run(WorkerService.java:154)",
                      "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)", "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                      "java.base/java.lang.Thread.run(Thread.java:840)"]))

    def refused():
        ip = g.c(CLIENTS)
        z("INFO", f"NIOWorkerThread-{g.num(1, 32)}", "o.a.z.s.ZooKeeperServer", 1190, f"Refusing session request for client /{ip}:{g.port()} as it has seen zxid 0x{st['zxid'] + g.num(1, 900):x} our last zxid is 0x{st['zxid']:x} client must try another server", "refusing_session")

    def nodeexists():
        p = g.c(["/brokers/ids/1", "/brokers/ids/2", "/controller", "/collections/products/leader_elect/shard1/election", "/admin/reassign_partitions"])
        z("INFO", f"ProcessThread(sid:{ME} cport:-1):", "o.a.z.s.PrepRequestProcessor", 965, f"Got user-level KeeperException when processing sessionid:0x{ME}000{g.hx(11)} type:{g.c(['create', 'create', 'delete', 'setData'])} cxid:0x{g.hx(2)} zxid:0x{st['zxid']:x} txntype:-1 reqpath:n/a Error Path:{p} Error:KeeperErrorCode = {g.c(['NodeExists', 'NoNode', 'BadVersion'])} for {p}", "keeper_exception") if st["role"] == "LEADING" or g.r.random() < 0.3 else None

    def txlog():
        st["zxid"] += g.num(100, 9000)
        st["log"] += 1
        z("INFO", f"SyncThread:{ME}", "o.a.z.s.p.FileTxnLog", 291, f"Creating new log file: log.{st['zxid']:x}", "new_log_file")
        if g.r.random() < 0.5:
            z("INFO", "Snapshot Thread", "o.a.z.s.p.FileTxnSnapLog", 479, f"Snapshotting: 0x{st['zxid']:x} to /data/version-2/snapshot.{st['zxid']:x}", "snapshotting")
            z("INFO", "Snapshot Thread", "o.a.z.s.ZooKeeperServer", 543, f"Snapshot taken in {g.num(5, 400)} ms", "snapshot_taken")

    def fsync():
        z("WARN", f"SyncThread:{ME}", "o.a.z.s.p.FileTxnLog", 454, f"fsync-ing the write ahead log in SyncThread:{ME} took {g.num(1000, 9000)}ms which will adversely effect operation latency.File size is {g.num(10 ** 6, 67108880)} bytes. See the ZooKeeper troubleshooting guide", "fsync_slow")

    def purge():
        z("INFO", "PurgeTask", "o.a.z.s.DatadirCleanupManager$PurgeTask", 139, "Purge task started.", "purge_started")
        z("INFO", "PurgeTask", "o.a.z.s.p.FileTxnSnapLog", 124, "zookeeper.snapshot.trust.empty : false", "trust_empty")
        for _ in range(g.num(0, 3)):
            z("INFO", "PurgeTask", "o.a.z.s.PurgeTxnLog", 159, f"Removing file: {L.t - dt.timedelta(days=g.num(2, 9)):%b %d, %Y %I:%M:%S %p}\t/data/version-2/log.{st['zxid'] - g.num(10 ** 5, 10 ** 7):x}", "removing_file")
        z("INFO", "PurgeTask", "o.a.z.s.DatadirCleanupManager$PurgeTask", 145, "Purge task completed.", "purge_completed")

    def fourlw():
        cmd = g.c(["ruok", "ruok", "ruok", "mntr", "srvr", "stat"])
        z("INFO", f"NIOWorkerThread-{g.num(1, 32)}", "o.a.z.s.NIOServerCnxn", 518, f"Processing {cmd} command from /127.0.0.1:{g.port()}", "processing_4lw")

    def leader_lost():
        z("WARN", QP, "o.a.z.s.q.Follower", 131, "Exception when following the leader", "exception_following",
          [("java.net.SocketTimeoutException: Read timed out", "exc_read_timeout")] + frames(["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)", "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
                                                                                              "java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:244)", "java.base/java.io.DataInputStream.readInt(DataInputStream.java:381)",
                                                                                              "org.apache.jute.BinaryInputArchive.readInt(BinaryInputArchive.java:96)", "org.apache.zookeeper.server.quorum.QuorumPacket.deserialize(QuorumPacket.java:86)",
                                                                                              "org.apache.zookeeper.server.quorum.Learner.readPacket(Learner.java:230)", "org.apache.zookeeper.server.quorum.Follower.followLeader(Follower.java:127)",
                                                                                              "org.apache.zookeeper.server.quorum.QuorumPeer.run(QuorumPeer.java:1540)"]))
        z("INFO", QP, "o.a.z.s.q.Follower", 286, "shutdown Follower", "shutdown_follower")
        z("INFO", QP, "o.a.z.s.ZooKeeperServer", 828, "shutting down", "shutting_down")
        z("INFO", QP, "o.a.z.s.q.QuorumPeer", 915, "Peer state changed: looking", "peer_state")
        st["sess"].clear()
        election()

    startup()
    ev = [(30, session), (6, refused), (8, nodeexists), (10, txlog), (2, fsync), (0.6, purge), (22, fourlw), (0.3, leader_lost)]
    return L.run(slowed(L, ev, 25), None)


# 19 --------------------------------------------------------------- Windows Defender Firewall on a Windows 11 laptop of a travelling sales engineer (dropped and allowed packets logged, 16 MB limit), the
#   support team's copy of %systemroot%\system32\LogFiles\Firewall\pfirewall.log: the W3C-style "#Version/#Software/#Time Format/#Fields" header and an empty line
#   at the top and again after each rotation, then one space-separated row per packet ("2026-12-01 10:00:00 ALLOW TCP src dst sport dport size tcpflags tcpsyn
#   tcpack tcpwin icmptype icmpcode info path pid", "-" where a field does not apply), local time; outgoing connections of Teams, Outlook, browsers and the VPN
#   client, LLMNR, mDNS, SSDP and NetBIOS noise on hotel and home networks, dropped inbound probes, ICMP, the occasional INFO-EVENTS-LOST row
@checked
def log_winfw(seed):
    L = Log("windows_firewall_pfirewall", seed, "full", False, False)
    g = L.g
    NETS = [("192.168.178.", "192.168.178.1"), ("10.120.40.", "10.120.40.1"), ("172.20.10.", "172.20.10.1")]
    st = {"net": NETS[0], "me": "192.168.178.34", "pids": {"Teams": g.num(5000, 20000), "OUTLOOK": g.num(5000, 20000), "msedge": g.num(5000, 20000), "chrome": g.num(5000, 20000),
                                                          "svchost": g.num(1000, 4000), "GlobalProtect": g.num(3000, 6000), "OneDrive": g.num(5000, 20000)}}

    def hdr():
        L.emit("#Version: 1.5", "hdr_version")
        L.emit("#Software: Microsoft Windows Firewall", "hdr_software")
        L.emit("#Time Format: Local", "hdr_time_format")
        L.emit("#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path pid", "hdr_fields")
        L.emit("", "blank")

    def row(action, proto, src, dst, sport, dport, size="0", flags="-", syn="-", ack="-", win="-", it="-", ic="-", info="-", path="SEND", pid="0"):
        ms_(L, 0, 1500)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {action} {proto} {src} {dst} {sport} {dport} {size} {flags} {syn} {ack} {win} {it} {ic} {info} {path} {pid}", "fw_row")

    def out_tcp():
        app = g.c(["Teams", "OUTLOOK", "msedge", "chrome", "OneDrive", "svchost"])
        dst = g.c(["52.112.", "52.113.", "40.99.", "20.190.", "13.107.", "142.250.", "151.101."]) + f"{g.num(0, 255)}.{g.num(1, 254)}"
        for _ in range(g.num(1, 4)):
            row("ALLOW", "TCP", st["me"], dst, g.port(), g.c([443, 443, 443, 80]), syn="0", ack="0", win="0", pid=st["pids"][app])

    def out_udp():
        r = g.r.random()
        if r < 0.6:
            row("ALLOW", "UDP", st["me"], st["net"][1], g.port(), 53, pid=st["pids"]["svchost"])
        elif r < 0.85:
            row("ALLOW", "UDP", st["me"], g.c(["52.113.194.132", "52.115.223.", "52.114.250."]) + ("" if r < 0.7 else str(g.num(1, 254))), g.port(), g.c([3478, 3479, 3480, 3481]), pid=st["pids"]["Teams"])
        else:
            row("ALLOW", "UDP", st["me"], "20.101.57.9", 123, 123, pid=st["pids"]["svchost"])

    def noise():
        net = st["net"][0]
        r = g.r.random()
        if r < 0.3:
            row("DROP", "UDP", net + str(g.num(2, 250)), "224.0.0.251", 5353, 5353, str(g.num(60, 400)), path="RECEIVE")
        elif r < 0.55:
            row("DROP", "UDP", net + str(g.num(2, 250)), "239.255.255.250", g.port(), 1900, str(g.num(120, 500)), path="RECEIVE")
        elif r < 0.75:
            row("DROP", "UDP", net + str(g.num(2, 250)), "224.0.0.252", g.port(), 5355, str(g.num(50, 80)), path="RECEIVE")
        elif r < 0.9:
            row("DROP", "UDP", net + str(g.num(2, 250)), net + "255", 137, 137, "78", path="RECEIVE")
        else:
            row("DROP", "UDP", "fe80::" + ":".join(g.hx(4) for _ in range(4)), "ff02::1:3", g.port(), 5355, str(g.num(50, 90)), path="RECEIVE")

    def probe():
        src = g.ip("pub") if g.r.random() < 0.5 else st["net"][0] + str(g.num(2, 250))
        dport = g.c([445, 3389, 135, 139, 22, 5985, 8080])
        row("DROP", "TCP", src, st["me"], g.port(), dport, str(g.c([40, 44, 52])), "S", str(g.num(10 ** 8, 4 * 10 ** 9)), "0", str(g.c([1024, 8192, 64240, 65535])), path="RECEIVE")

    def icmp():
        if g.r.random() < 0.5:
            row("ALLOW", "ICMP", st["me"], st["net"][1], "-", "-", it="8", ic="0", pid="0")
        else:
            row("DROP", "ICMP", st["net"][0] + str(g.num(2, 250)), st["me"], "-", "-", str(g.c([60, 84])), it=g.c(["8", "3"]), ic=g.c(["0", "3"]), path="RECEIVE")

    def vpn():
        row("ALLOW", "UDP", st["me"], "194.25.0." + str(g.num(10, 60)), g.port(), 4501, pid=st["pids"]["GlobalProtect"])
        row("ALLOW", "TCP", st["me"], "194.25.0." + str(g.num(10, 60)), g.port(), 443, syn="0", ack="0", win="0", pid=st["pids"]["GlobalProtect"])

    def lost():
        row("INFO-EVENTS-LOST", "-", "-", "-", "-", "-", "-", info=str(g.num(1, 400)), path="-", pid="-")

    def move():
        L.tick(g.num(1800, 20000))
        st["net"] = g.c(NETS)
        st["me"] = st["net"][0] + str(g.num(20, 200))

    def rotate():
        L.tick(5)
        hdr()

    hdr()
    ev = [(30, out_tcp), (16, out_udp), (24, noise), (5, probe), (3, icmp), (3, vpn), (0.2, lost), (0.4, move), (0.12, rotate)]
    L.run(slowed(L, ev, 6), None)
    return carry_time(L, lambda r: r[1] == "fw_row")


# 20 --------------------------------------------------------------- pgBackRest 2.54 backing up the PostgreSQL 16 cluster of an accounting SaaS (repository on a backup host over SSH, full on Sundays,
#   incremental the other nights, 4 processes), /var/log/pgbackrest/main-backup.log with log-level-file=detail: a "-------------------PROCESS START-------------------"
#   line before each command, then "2026-12-01 01:00:01.234 P00   INFO: backup command begin 2.54.0: --options" (millisecond time, the process number P00..P04,
#   the level right-aligned to six characters); the backup's start and stop lines, one DETAIL line per file copied, matched, skipped or removed by the database,
#   statistics, the expire command, and failures whose ERROR lines continue with indented HINT lines
@checked
def log_pgbackrest(seed):
    L = Log("pgbackrest_main_backup_log", seed, "full", True, False, start=dt.datetime(2026, 11, 15, 1, 0, 1, tzinfo=UTC))
    g = L.g
    PG = "/var/lib/postgresql/16/main"
    st = {"seg": (0x2A, 0x40), "full": "20261108-010001F", "incr": [], "exec": 0}
    DBS = {"16384": "ledger", "16402": "tenants", "5": "postgres"}

    def b(proc, lv, msg, ev, cont=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} P{proc:02d} {lv:>6}: {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def wal():
        hi, lo = st["seg"]
        return f"0000000100000{hi:03X}000000{lo:02X}"

    def next_wal(n=1):
        hi, lo = st["seg"]
        lo += n
        while lo > 0xFF:
            lo -= 0x100
            hi += 1
        st["seg"] = (hi, lo)

    def opts(cmd):
        base = f"--exec-id={g.num(100000, 999999)}-{g.hx(8)} --log-level-console=info --log-level-file=detail --pg1-path={PG} --process-max=4 --repo1-host=backup01.internal --repo1-host-user=pgbackrest --stanza=main"
        if cmd == "backup":
            return base.replace("--stanza=main", "--repo1-retention-full=2 --stanza=main --start-fast")
        return base.replace("--process-max=4 ", "")

    def start_proc():
        L.emit("", "blank")
        L.emit("-------------------PROCESS START-------------------", "process_start")

    def backup(kind):
        start_proc()
        o = opts("backup") + (f" --type={kind}" if kind != "full" else " --type=full")
        b(0, "INFO", f"backup command begin 2.54.0: {o}", "backup_begin")
        t0 = L.t
        if kind != "full":
            last = st["incr"][-1] if st["incr"] else st["full"]
            b(0, "INFO", f"last backup label = {last}, version = 2.54.0", "last_backup_label")
        b(0, "INFO", "execute non-exclusive backup start: backup begins after the requested immediate checkpoint completes", "backup_start_exec")
        L.tick(2)
        start_wal = wal()
        b(0, "INFO", f"backup start archive = {start_wal}, lsn = {st['seg'][0]:X}/{st['seg'][1]:02X}000028", "backup_start_archive")
        if kind != "full":
            b(0, "INFO", f"check archive for prior segment {start_wal[:-2]}{st['seg'][1] - 1:02X}", "check_prior_segment")
        if g.r.random() < 0.04:
            b(0, "WARN", f"a timeline switch has occurred since the {st['full']} backup, enabling delta checksum", "warn_timeline_switch",
              [(f"                                    HINT: this is normal after restoring from backup or promoting a standby.", "hint_line")])
        nfiles = g.num(60, 160) if kind == "full" else g.num(20, 70)
        pct = 0.0
        total = 0
        for k in range(nfiles):
            proc = g.num(1, 4)
            oid = g.c(list(DBS))
            rel = g.c([f"base/{oid}/{g.num(16385, 99999)}", f"base/{oid}/{g.num(16385, 99999)}.{g.num(1, 9)}", f"base/{oid}/{g.num(1000, 3000)}", f"base/{oid}/{g.num(16385, 99999)}_fsm",
                       f"base/{oid}/{g.num(16385, 99999)}_vm", f"global/{g.num(1200, 6200)}", f"pg_xact/{g.num(0, 9):04X}", "global/pg_control", f"pg_multixact/offsets/{g.num(0, 9):04X}"])
            size = g.c([f"{g.num(8, 999)}KB", f"{g.num(1, 999)}MB", "1GB", f"{g.num(8, 96)}KB", "8KB", "0B"])
            pct = min(99.99, pct + g.r.uniform(0.1, 200 / nfiles))
            r = g.r.random()
            if kind != "full" and r < 0.35:
                b(proc, "DETAIL", f"match file from prior backup {PG}/{rel} ({size}, {pct:.2f}%) checksum {g.hx(40)}", "match_prior")
            elif r < 0.02:
                b(proc, "DETAIL", f"skip file removed by database {PG}/{rel}", "skip_removed")
            elif size == "0B":
                b(proc, "DETAIL", f"backup file {PG}/{rel} (0B, {pct:.2f}%)", "backup_file_empty")
            else:
                b(proc, "DETAIL", f"backup file {PG}/{rel} ({size}, {pct:.2f}%) checksum {g.hx(40)}", "backup_file")
            total += 1
            if g.r.random() < 0.05:
                L.tick(20)
        b(0, "DETAIL", f"reference pg_data/PG_VERSION to {st['full']}", "reference_to") if kind != "full" and g.r.random() < 0.5 else None
        if g.r.random() < 0.05:
            b(0, "INFO", "execute non-exclusive backup stop and wait for all WAL segments to archive", "backup_stop_exec")
            L.tick(60)
            b(0, "ERROR", f"[082]: WAL segment {wal()} was not archived before the 60000ms timeout", "error_082", [
                ("                                    HINT: check the archive_command to ensure that all options are correct (especially --stanza).", "hint_line"),
                ("                                    HINT: check the PostgreSQL server log for errors.", "hint_line"),
                ("                                    HINT: run the 'start' command if the stanza was previously stopped.", "hint_line")])
            b(0, "INFO", f"backup command end: aborted with exception [082]", "backup_end_aborted")
            return
        b(0, "INFO", "execute non-exclusive backup stop and wait for all WAL segments to archive", "backup_stop_exec")
        next_wal(g.num(1, 3))
        b(0, "INFO", f"backup stop archive = {wal()}, lsn = {st['seg'][0]:X}/{st['seg'][1]:02X}0000{g.hx(2).upper()}", "backup_stop_archive")
        b(0, "DETAIL", "wrote 'backup_label' file returned from backup stop function", "wrote_backup_label")
        b(0, "INFO", f"check archive for segment(s) {start_wal}:{wal()}", "check_archive_segments")
        label = f"{L.t:%Y%m%d}-010001F" if kind == "full" else f"{st['full']}_{L.t:%Y%m%d}-010001{'I' if kind == 'incr' else 'D'}"
        if kind == "full":
            st["full"] = label
            st["incr"] = []
        else:
            st["incr"].append(label)
        b(0, "INFO", f"new backup label = {label}", "new_backup_label")
        b(0, "INFO", f"{kind} backup size = {g.f(0.1, 900, 1)}{g.c(['GB', 'MB'])}, file total = {g.num(1500, 4000)}", "backup_size")
        b(0, "DETAIL", f"statistics: {{\"socket.client\":{{\"total\":1}},\"socket.session\":{{\"total\":1}},\"ssh.client\":{{\"total\":{g.num(1, 5)}}}}}", "statistics")
        b(0, "INFO", f"backup command end: completed successfully ({int((L.t - t0).total_seconds() * 1000) + g.num(5, 60)}ms)", "backup_end_ok")
        expire()

    def expire():
        start_proc()
        b(0, "INFO", f"expire command begin 2.54.0: {opts('expire')}", "expire_begin")
        if st["incr"] == [] and g.r.random() < 0.8:
            old = f"{L.t - dt.timedelta(days=14):%Y%m%d}-010001F"
            b(0, "INFO", f"repo1: expire full backup set {old}, {old}_{L.t - dt.timedelta(days=13):%Y%m%d}-010001I", "expire_full_set")
            b(0, "INFO", f"repo1: remove expired backup {old}_{L.t - dt.timedelta(days=13):%Y%m%d}-010001I", "remove_expired")
            b(0, "INFO", f"repo1: remove expired backup {old}", "remove_expired")
        b(0, "DETAIL", f"repo1: 16-1 archive retention on backup {st['full']}, start = {wal()[:-2]}{max(0, st['seg'][1] - 40):02X}", "archive_retention")
        b(0, "INFO", f"repo1: 16-1 remove archive, start = 0000000100000{st['seg'][0] - 1:03X}00000001, stop = 0000000100000{st['seg'][0] - 1:03X}000000{g.num(16, 250):02X}", "remove_archive") if g.r.random() < 0.7 else None
        b(0, "INFO", f"expire command end: completed successfully ({g.num(20, 900)}ms)", "expire_end_ok")

    def check():
        start_proc()
        b(0, "INFO", f"check command begin 2.54.0: {opts('check')}", "check_begin")
        b(0, "INFO", f"check repo1 configuration (primary)", "check_repo_config")
        b(0, "INFO", f"check repo1 archive for WAL (primary)", "check_repo_archive")
        b(0, "INFO", f"WAL segment {wal()} successfully archived to '/var/lib/pgbackrest/archive/main/16-1/{wal()[:16]}/{wal()}-{g.hx(40)}.gz' on repo1", "wal_archived")
        b(0, "INFO", f"check command end: completed successfully ({g.num(200, 3000)}ms)", "check_end_ok")

    def lockfail():
        start_proc()
        b(0, "INFO", f"backup command begin 2.54.0: {opts('backup')} --type=incr", "backup_begin")
        b(0, "ERROR", "[050]: unable to acquire lock on file '/tmp/pgbackrest/main-backup.lock': Resource temporarily unavailable", "error_050",
          [("                                    HINT: is another pgBackRest process running?", "hint_line")])
        b(0, "INFO", "backup command end: aborted with exception [050]", "backup_end_aborted")

    def sshfail():
        start_proc()
        b(0, "INFO", f"backup command begin 2.54.0: {opts('backup')} --type=incr", "backup_begin")
        if g.r.random() < 0.4:
            b(0, "ERROR", "[056]: unable to find primary cluster - cannot proceed", "error_056",
              [("                                    HINT: are all available clusters in recovery?", "hint_line")])
            code = "056"
        else:
            b(0, "ERROR", "[124]: repo command 'backup' on host 'backup01.internal' terminated unexpectedly [255]: ssh: connect to host backup01.internal port 22: Connection timed out", "error_124")
            code = "124"
        b(0, "INFO", f"backup command end: aborted with exception [{code}]", "backup_end_aborted")

    day = 0
    while len(L.rows) < N_LINES:
        t = dt.datetime(2026, 11, 15, 1, 0, 1, tzinfo=UTC) + dt.timedelta(days=day)
        L.t = t
        next_wal(g.num(20, 120))
        r = g.r.random()
        if r < 0.04:
            lockfail()
        elif r < 0.07:
            sshfail()
        else:
            backup("full" if t.weekday() == 6 else "incr")
        L.t = t + dt.timedelta(hours=6)
        if g.r.random() < 0.5:
            check()
        day += 1
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[1] not in ("blank", "process_start", "hint_line"))


LOGS = [log_mule, log_mongoose, log_msbuild, log_opensmtpd, log_otelcol, log_pihole, log_pomerium, log_qnap, log_rtpengine, log_santa,
        log_sonic, log_teamviewer, log_teeworlds, log_trendmicro, log_kuma, log_vasp, log_vm, log_zookeeper, log_winfw, log_pgbackrest]


if __name__ == "__main__":
    main(LOGS, WORK)
