#!/usr/bin/env python3
"""A stand-in for the Jobindsats API (v3) for caseload's tests, on 127.0.0.1.

    python3 stub.py SPEC.json

binds to a free port (port 0), prints the port on the first line of standard output and
serves until its standard input closes (the test that started it let go of it, or died). SPEC.json is read again on every request, so a test can add a month
between two fetches:

    {"token": "...", "mode": "ok" | "slow" | "drop" | "500" | "401" | "429" | "garbage",
     "delay": 5, "areas": {"Vallensbæk": "187", "Ishøj": "183"},
     "tables": {"y01a02": {"Vallensbæk": {"2017M01": "200,5"}, "Ishøj": {...}}}}

GET /v3/table/<id>?format=json answers the table's months and areas (metadata), GET
/v3/data/<id>?period.M=...&hierarchy._nykom=... a response {"columns", "rows"} for the months
and area ids asked. A wrong or missing "Authorization: Bearer <token>" is 401. The modes
other than "ok" make every request fail that way: "slow" waits `delay` seconds before
answering, "drop" closes the connection without an answer, "garbage" answers 200 with text
that is not JSON.
"""
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

SPEC = sys.argv[1]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with open(SPEC, encoding="utf-8") as f:
            spec = json.load(f)
        mode = spec.get("mode", "ok")
        if mode == "slow":
            time.sleep(spec.get("delay", 5))
        if mode == "drop":
            self.close_connection = True
            self.connection.close()
            return
        if mode == "500":
            return self.answer(500, '{"error": "internal"}')
        if mode == "429":
            return self.answer(429, '{"error": "too many requests"}', {"Retry-After": "30"})
        if mode == "401" or self.headers.get("Authorization") != "Bearer " + spec["token"]:
            return self.answer(401, '{"error": "unauthorized"}')
        if mode == "garbage":
            return self.answer(200, "<html>Service unavailable</html>")
        url = urlparse(self.path)
        parts = url.path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "v3" or parts[2] not in spec["tables"]:
            return self.answer(404, '{"error": "not found"}')
        table = spec["tables"][parts[2]]
        areas = spec.get("areas", {})
        if parts[1] == "table":
            months = sorted({m for values in table.values() for m in values})
            return self.answer(200, json.dumps({
                "table_id": parts[2],
                "periods": [{"periodtype_id": "M", "values": [{"period_id": m} for m in months]}],
                "dimensions": [{"dimension_id": "_omrade", "hierarchies": [{"hierarchy_id": "_nykom", "levels": [
                    {"values": [{"value_id": v, "value_name": k} for k, v in areas.items()]}]}]}],
            }, ensure_ascii=False))
        if parts[1] == "data":
            query = parse_qs(url.query)
            months = query.get("period.M", [""])[0].split(",")
            wanted = query.get("hierarchy._nykom", ["*"])[0].split(",")
            rows = []
            for area, values in table.items():
                if wanted != ["*"] and areas.get(area) not in wanted:
                    continue
                for month in months:
                    if month in values:
                        rows.append([month, area, values[month]])
            body = {"columns": ["Periode", "Område", "Antal fuldtidspersoner"], "rows": rows}
            return self.answer(200, json.dumps(body, ensure_ascii=False, indent=1))
        return self.answer(404, '{"error": "not found"}')


def exit_when_stdin_closes():
    sys.stdin.buffer.read()
    os._exit(0)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
print(server.server_address[1], flush=True)
server.serve_forever()
