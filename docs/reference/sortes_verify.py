#!/usr/bin/env python3
"""Independent re-implementation of docs/protocol.md (sortes-draw/2 and /1), standard library only.

    python3 sortes_verify.py PROOF.json [LIST FILES...] [--register REGISTER.tsv]
        -> VALID (exit 0) / INVALID: reason (exit 1) / UNREADABLE: reason (exit 2)
    python3 sortes_verify.py --vector docs/vectors/sortes-draw-2.json   (or sortes-draw-1.json)
        -> VECTOR OK / VECTOR MISMATCH: reason

Written from the specification text, not from the Java code, to show that the text suffices.
"""
import hashlib
import json
import os
import re
import sys
from datetime import date, timedelta

V1, V2 = "sortes-draw/1", "sortes-draw/2"
ROLES = {"notary", "npc_deputy", "cppcc_member", "media", "discipline", "other"}
STATES = {"drawn", "locked", "voided"}
# Java's String.strip(): the code points for which Character.isWhitespace is true (section 12)
JAVA_WHITESPACE = set(map(chr, list(range(0x09, 0x0E)) + list(range(0x1C, 0x21)) + [0x1680]
                          + list(range(0x2000, 0x2007)) + [0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x205F, 0x3000]))


class Invalid(Exception):
    pass


class Unreadable(Exception):
    pass


def sha(data):
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode("utf-8")).hexdigest()


def canonical(obj):
    # RFC 8785 for strings, integers, booleans, null, lists and objects (Python sorts keys by code
    # point, which equals UTF-16 order below U+10000)
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def version_of_plan(plan):
    return 2 if "itemDepartments" in plan else 1


# --- section 3: lists and register -------------------------------------------------------------

def lines_of(data, what):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid(what + " is not valid UTF-8")
    if text and not text.endswith("\n"):
        raise Invalid(what + " does not end with a line feed")
    return text.split("\n")[:-1]


def parse_candidates(data):
    out = []
    for n, line in enumerate(lines_of(data, "candidate list"), 1):
        f = line.split("\t")
        if len(f) != 4 or not f[0] or not re.fullmatch(r"-?[0-9]+", f[1]):
            raise Invalid("candidate list line %d is malformed" % n)
        out.append((f[0], int(f[1]), f[2], sorted(f[3].split(";")) if f[3] else []))
    return out


def parse_inspectors(data):
    out = []
    for n, line in enumerate(lines_of(data, "inspector list"), 1):
        f = line.split("\t")
        if len(f) != 7 or not f[0] or f[2] not in ("0", "1"):
            raise Invalid("inspector list line %d is malformed" % n)
        out.append({"cert": f[0], "dept": f[1], "onDuty": f[2] == "1", "validUntil": f[3], "region": f[4],
                    "conflicts": f[5].split(";") if f[5] else [], "name": f[6] or None})
    return out


def candidate_line(c):
    return "%s\t%d\t%s\t%s" % (c[0], c[1], c[2], ";".join(c[3]))


def stratum_of(s, strata):
    for i, st in enumerate(strata):
        r = st["rule"]
        if "seriousViolation" in r and r["seriousViolation"] != s["serious"]:
            continue
        if "abnormal" in r and r["abnormal"] != s["abnormal"]:
            continue
        if "minComplaints" in r and s["complaints"] < r["minComplaints"]:
            continue
        if "riskClass" in r and (s["risk"] if s["risk"] else "NONE") != r["riskClass"]:
            continue
        return i
    return -1


def freeze(plan, register_lines):
    """The candidate list of section 3 from the canonical register's lines, and counts per reason."""
    day = date.fromisoformat(plan["sessionDate"])
    ex = plan["exclusions"]
    inspected_limit = day - timedelta(days=ex["inspectedWithinDays"]) if ex["inspectedWithinDays"] > 0 else None
    drawn_limit = day - timedelta(days=ex.get("drawnWithinDays", 0)) if ex.get("drawnWithinDays", 0) > 0 else None
    sc = plan["scope"]
    counts = {k: 0 for k in ("RETIRED", "OUT_OF_SCOPE", "REGISTRATION_STATUS", "RECENTLY_INSPECTED",
                             "RECENTLY_DRAWN", "NO_STRATUM")}
    out, last_id = [], None
    for n, line in enumerate(register_lines, 1):
        f = line.split("\t")
        if len(f) != 14 or not f[0]:
            raise Invalid("register line %d: expected 14 fields" % n)
        if last_id is not None and not last_id < f[0]:
            raise Invalid("register is not sorted by id without repeats at line %d" % n)
        last_id = f[0]
        for flag in (f[1], f[9], f[10]):
            if flag not in ("0", "1"):
                raise Invalid("register line %d: a flag must be 0 or 1" % n)
        if not re.fullmatch(r"-?[0-9]+", f[11]) or f[12] not in ("", "A", "B", "C", "D"):
            raise Invalid("register line %d: complaints or risk class malformed" % n)
        try:
            inspected = date.fromisoformat(f[7]) if f[7] else None
            drawn = date.fromisoformat(f[8]) if f[8] else None
        except ValueError:
            raise Invalid("register line %d: a date is malformed" % n)
        s = {"serious": f[9] == "1", "abnormal": f[10] == "1", "complaints": int(f[11]), "risk": f[12]}
        tags = f[5].split(";") if f[5] else []
        why = None
        if f[1] == "1":
            why = "RETIRED"
        elif ((sc["regionPrefixes"] and not any(f[2].startswith(p) and f[2] for p in sc["regionPrefixes"]))
              or (sc["subjectTypes"] and f[3] not in sc["subjectTypes"])
              or (sc["industries"] and f[4] not in sc["industries"])
              or (sc["tags"] and not any(t in sc["tags"] for t in tags))):
            why = "OUT_OF_SCOPE"
        elif f[6] and f[6] in ex["registrationStatuses"]:
            why = "REGISTRATION_STATUS"
        elif inspected_limit and inspected and inspected > inspected_limit:
            why = "RECENTLY_INSPECTED"
        elif drawn_limit and drawn and drawn > drawn_limit:
            why = "RECENTLY_DRAWN"
        stratum = stratum_of(s, plan["strata"]) if why is None else -1
        if why is None and stratum < 0:
            why = "NO_STRATUM"
        if why:
            counts[why] += 1
        else:
            out.append((f[0], stratum, f[2], sorted(f[13].split(";")) if f[13] else []))
    return out, counts


# --- sections 4 to 8: commitment, seed, targets, teams -------------------------------------------

def beacon_value(typed):
    v = typed.strip(" ")
    if not v or len(v) > 200 or any(not (0x20 <= ord(c) <= 0x7E) for c in v):
        raise Invalid("beacon value must be 1 to 200 printable ASCII characters")
    return v


def commitment(version, d, secret):
    parts = [d["plan"], d["candidates"], d["inspectors"]] + ([d["register"]] if version == 2 else [])
    return sha((V2 if version == 2 else V1) + ";commit;" + ";".join(parts) + ";" + secret)


def seed_of(version, d, secret, groups, beacon):
    for g in groups:
        if not re.fullmatch(r"[0-9]+", g):
            raise Invalid("entropy must be digits 0-9 only: " + g)
    if version == 1:
        b = "" if beacon is None else beacon.strip("".join(JAVA_WHITESPACE))
    else:
        b = "" if beacon is None else beacon_value(beacon)
    parts = [V2 if version == 2 else V1, d["plan"], d["candidates"], d["inspectors"]]
    parts += [d["register"]] if version == 2 else []
    return ";".join(parts + [secret, "/".join(groups), b])


def ticket_of(seed_hash, ident):
    n = int(sha(seed_hash + ident), 16)
    return "0." + str(n).zfill(64)[::-1]


def sample_size(stratum, n):
    if "count" in stratum:
        return min(stratum["count"], n)
    return (n * stratum["ratioBasisPoints"] + 9999) // 10000


def counter_values(s, n):
    i = 0
    while True:
        i += 1
        yield int(sha(s + "," + str(i)), 16) % n + 1


def draw(plan, candidates, inspectors, seed):
    seed_hash = sha(seed)
    strata = plan["strata"]
    tickets = {c[0]: ticket_of(seed_hash, c[0]) for c in candidates}
    sizes = [sum(1 for c in candidates if c[1] == s) for s in range(len(strata))]
    wants = [sample_size(strata[s], sizes[s]) for s in range(len(strata))]
    if any(c[1] < 0 or c[1] >= len(strata) for c in candidates):
        raise Invalid("a candidate's stratum is not one of the plan's")
    winners = []
    for s in range(len(strata)):
        winners += sorted((c for c in candidates if c[1] == s), key=lambda c: tickets[c[0]])[: wants[s]]
    winners.sort(key=lambda c: tickets[c[0]])
    day = plan["sessionDate"]
    m = plan["membersPerDepartment"]
    depts = plan["departments"]
    qualified = {d: [i for i in inspectors if i["dept"] == d and i["onDuty"] and i["validUntil"]
                     and i["validUntil"] >= day] for d in depts}
    cap = {d: (len(winners) * m + len(q) - 1) // len(q) if q else 0 for d, q in qualified.items()}
    load = {}
    results = []
    for rank, (ident, stratum, region, last) in enumerate(winners, 1):
        team, shortfall = [], None
        for di, d in enumerate(depts):
            eligible = [i for i in qualified[d] if load.get(i["cert"], 0) < cap[d] and ident not in i["conflicts"]
                        and not (plan["avoidSameRegion"] and i["region"] and i["region"] == region)
                        and not (plan["avoidLastInspector"] and i["cert"] in last)]
            if len(eligible) < m:
                shortfall = {"department": d, "eligible": len(eligible), "needed": m}
                break
            drawn = []
            for v in counter_values(seed_hash + "/" + ident + "/" + str(di), len(eligible)):
                if v not in drawn:
                    drawn.append(v)
                if len(drawn) == m:
                    break
            team += [eligible[v - 1] for v in drawn]
        if shortfall:
            team = []
        for i in team:
            load[i["cert"]] = load.get(i["cert"], 0) + 1
        results.append({"rank": rank, "id": ident, "stratum": stratum, "region": region or None,
                        "ticket": tickets[ident],
                        "team": [{"certificateNo": i["cert"], "name": i["name"], "department": i["dept"]} for i in team],
                        "shortfall": shortfall})
    return seed_hash, sizes, wants, results


# --- section 9: the proof ----------------------------------------------------------------------

def require(cond, why):
    if not cond:
        raise Invalid(why)


def check_proof(p, cand_bytes, insp_bytes, named):
    """Raises Invalid with the first difference; returns the parsed candidate list."""
    version = {V1: 1, V2: 2}.get(p["protocol"])
    require(version, "protocol " + str(p["protocol"]))
    plan = p["plan"]
    require(version_of_plan(plan) == version, "the plan's version is not the proof's")
    d = p["digests"]
    require(sha(canonical(plan)) == d["plan"], "plan digest")
    if version == 2:
        values = sorted(set(plan["itemDepartments"].values()))
        require(plan["departments"] == values, "departments are not those of the items")
        require(sorted(plan["items"]) == sorted(plan["itemDepartments"].keys())
                and len(plan["items"]) == len(plan["itemDepartments"]), "items and itemDepartments differ")
        for which, data in (("candidates", cand_bytes), ("inspectors", insp_bytes)):
            require(named[which] is None or named[which] == sha(data), which + " file sha256")
    require(sha(cand_bytes) == d["candidates"], "candidates digest")
    require(sha(insp_bytes) == d["inspectors"], "inspectors digest")
    candidates = parse_candidates(cand_bytes)
    inspectors = parse_inspectors(insp_bytes)
    for a, b in zip(candidates, candidates[1:]):
        require(a[0] < b[0], "candidate ids not strictly ascending at " + b[0])
    for a, b in zip(inspectors, inspectors[1:]):
        require(a["cert"] < b["cert"], "certificate numbers not strictly ascending at " + b["cert"])
    require(re.fullmatch(r"[0-9a-f]{64}", p["secret"] or ""), "secret is not 64 lowercase hex digits")
    require(commitment(version, d, p["secret"]) == p["commitment"], "commitment")
    groups = [o["digits"] for o in p["observers"]]
    require(sum(len(g) for g in groups) >= 20, "fewer than 20 observer digits")
    beacon = p.get("beacon")
    if version == 2:
        declared = plan["beacon"]
        require((declared is None) == (beacon is None), "beacon present exactly when the plan declares one")
        if declared is not None:
            require(beacon.get("source") == declared["source"] and beacon.get("reference") == declared["reference"],
                    "beacon source or reference differs from the plan's declaration")
            # the proof holds the value as the entry leaves it (section 5)
            require(re.fullmatch(r"[\x21-\x7e]([\x20-\x7e]{0,198}[\x21-\x7e])?", beacon["value"]) is not None,
                    "beacon value is not as entered: 1 to 200 printable ASCII characters, no space at either end")
    seed = seed_of(version, d, p["secret"], groups, None if beacon is None else beacon["value"])
    require(seed == p["seed"], "seed")
    if version == 2:
        require(sha(seed) == p["seedHash"], "seedHash")
        require([s["name"] for s in p["strata"]] == [s["name"] for s in plan["strata"]], "stratum names")
        for o in p["observers"]:
            require(o["role"] in ROLES and isinstance(o["name"], str) and o["name"].strip(), "observer role or name")
        require(p["session"]["state"] in STATES, "session state")
    require([s["index"] for s in p["strata"]] == list(range(len(p["strata"]))), "strata numbering")
    seed_hash, sizes, wants, results = draw(plan, candidates, inspectors, seed)
    require(sizes == [s["size"] for s in p["strata"]], "stratum sizes")
    require(wants == [s["sampleSize"] for s in p["strata"]], "sample sizes")
    claimed = p["targets"]
    for mine, theirs in zip(results, claimed):
        keys = ["id", "ticket", "stratum", "rank", "team"] + (["region"] if version == 2 else [])
        for key in keys:
            require(mine[key] == theirs.get(key), "target %d: %s differs" % (mine["rank"], key))
        require(mine["shortfall"] == theirs.get("shortfall"), "target %d: staffing differs" % mine["rank"])
    require(len(results) == len(claimed), "number of targets")
    if version == 2:
        unstaffed = {t["rank"]: t["id"] for t in results if t["shortfall"]}
        decided = set()
        for x in p["decisions"]:
            require(unstaffed.get(x["rank"]) == x["id"], "decision for a target that was staffed")
            require(isinstance(x["decision"], str) and x["decision"].strip() and x["rank"] not in decided,
                    "decision empty or twice")
            decided.add(x["rank"])
        if p["session"]["state"] != "drawn":
            require(decided == set(unstaffed), "an unstaffed target has no decision")
    return candidates


def check_register(p, candidates, register_bytes):
    require(p["protocol"] == V2, "the proof binds no register")
    require(sha(register_bytes) == p["digests"]["register"], "register digest")
    derived, _ = freeze(p["plan"], lines_of(register_bytes, "register"))
    mine = [candidate_line(c) for c in derived]
    theirs = [candidate_line(c) for c in candidates]
    for a, b in zip(mine, theirs):
        require(a == b, "freeze differs: register gives %r, proof lists %r" % (a, b))
    require(len(mine) == len(theirs), "freeze differs in the number of candidates")


# Section 9: the members of a sortes-draw/2 proof and their types, by where they stand ("?": may be
# absent); the plan's, section 2's canonical plan. A member not listed, one missing, or one of another
# type makes the file UNREADABLE.
TYPES = {
    "": {"protocol": "text", "session": "object", "plan": "object", "digests": "object", "commitment": "text",
         "secret": "text", "observers": "array", "beacon": "beacon", "seed": "text", "seedHash": "text",
         "strata": "array", "targets": "array", "decisions": "array", "candidates": "list", "inspectors": "list"},
    "session": {"id": "int", "state": "text", "rehearsal": "bool?"},
    "digests": {"plan": "text", "candidates": "text", "inspectors": "text", "register": "text"},
    "observers[]": {"name": "text", "role": "text", "digits": "text"},
    "beacon": {"value": "text", "source": "text", "reference": "text"},
    "strata[]": {"index": "int", "name": "text", "size": "int", "sampleSize": "int"},
    "targets[]": {"rank": "int", "id": "text", "stratum": "int", "region": "text", "ticket": "text",
                  "team": "array", "shortfall": "object?"},
    "targets[].team[]": {"certificateNo": "text", "name": "text", "department": "text"},
    "targets[].shortfall": {"department": "text", "eligible": "int", "needed": "int"},
    "decisions[]": {"rank": "int", "id": "text", "decision": "text"},
    "plan": {"name": "text", "sessionDate": "text", "items": "texts", "itemDepartments": "textmap",
             "departments": "texts", "beacon": "beacon", "scope": "object", "exclusions": "object",
             "strata": "array", "membersPerDepartment": "int", "avoidSameRegion": "bool",
             "avoidLastInspector": "bool"},
    "plan.beacon": {"source": "text", "reference": "text"},
    "plan.scope": {"regionPrefixes": "texts", "subjectTypes": "texts", "industries": "texts", "tags": "texts"},
    "plan.exclusions": {"registrationStatuses": "texts", "inspectedWithinDays": "int", "drawnWithinDays": "int"},
    "plan.strata[]": {"name": "text", "rule": "object", "ratioBasisPoints": "int?", "count": "int?",
                      "audienceName": "text?"},
    "plan.strata[].rule": {"seriousViolation": "bool?", "abnormal": "bool?", "minComplaints": "int?",
                           "riskClass": "text?"},
}


def only_documented_members(node, kind="", path=""):
    """A sortes-draw/2 proof holds the members of protocol section 9, each of its type, and no other."""
    members = TYPES[kind]
    if not isinstance(node, dict):
        raise Unreadable("%s must be a JSON object" % (path or "the proof"))
    for key in node:
        if key not in members:
            raise Unreadable("the proof holds a member the protocol does not list: " + (path + "." if path else "") + key)
    for key, kind_of in sorted(members.items()):
        at = path + "." + key if path else key
        if key not in node:
            if kind_of.endswith("?"):
                continue
            raise Unreadable(at + " is missing")
        v, t, inner = node[key], kind_of.rstrip("?"), kind + "." + key if kind else key
        ok = {"text": lambda: isinstance(v, str), "int": lambda: type(v) is int, "bool": lambda: type(v) is bool,
              "texts": lambda: isinstance(v, list) and all(isinstance(x, str) for x in v),
              "textmap": lambda: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
              "array": lambda: isinstance(v, list), "object": lambda: isinstance(v, dict),
              "list": lambda: isinstance(v, dict), "beacon": lambda: v is None or isinstance(v, dict)}[t]()
        if not ok:
            raise Unreadable("%s is not of the type section 9 gives (%s)" % (at, t))
        if t == "list":
            if set(v) - {"lines", "file", "sha256"}:
                raise Unreadable("the proof holds a member the protocol does not list in " + at)
            if "lines" in v and ("file" in v or "sha256" in v):
                raise Unreadable(at + " holds either lines or file and sha256, not both")
            if "lines" in v and not (isinstance(v["lines"], list) and all(isinstance(x, str) for x in v["lines"])):
                raise Unreadable(at + ".lines must be a list of texts")
            if "lines" not in v and not (isinstance(v.get("file"), str) and isinstance(v.get("sha256"), str)):
                raise Unreadable(at + " holds lines, or file and sha256 as texts")
        elif t == "array" and inner + "[]" in TYPES:
            for i, item in enumerate(v):
                only_documented_members(item, inner + "[]", "%s[%d]" % (at, i))
        elif t in ("object", "beacon") and v is not None and inner in TYPES:
            only_documented_members(v, inner, at)


def control(text):
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in text)


def plan_rules(plan):
    """Section 9: a proof's plan is section 2's canonical plan as written, read with its rules."""
    def texts(v, at):
        if v is None and at != "beacon":
            raise Unreadable(at + " is null")
        if isinstance(v, dict):
            for k, x in v.items():
                if at == "itemDepartments":
                    texts(k, at + "." + k)
                texts(x, at + "." + k if at else k)
        elif isinstance(v, list):
            for i, x in enumerate(v):
                texts(x, "%s[%d]" % (at, i))
        elif isinstance(v, str):
            if v.strip("".join(JAVA_WHITESPACE)) != v:
                raise Unreadable(at + " begins or ends with white space")
            if control(v):
                raise Unreadable(at + " holds a control character")
    texts(plan, "")
    for at, v in [("name", plan["name"]), ("sessionDate", plan["sessionDate"])] + \
            ([("beacon.source", plan["beacon"]["source"]), ("beacon.reference", plan["beacon"]["reference"])]
             if plan["beacon"] is not None else []) + \
            [("strata[%d].%s" % (i, k), st[k]) for i, st in enumerate(plan["strata"])
             for k in ("name", "audienceName") if k in st] + \
            [("strata[%d].rule.riskClass" % i, st["rule"]["riskClass"]) for i, st in enumerate(plan["strata"])
             if "riskClass" in st["rule"]]:
        if v == "":
            raise Unreadable(at + " is empty")
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", plan["sessionDate"]):
        raise Unreadable("sessionDate is not a date YYYY-MM-DD")
    try:
        date.fromisoformat(plan["sessionDate"])
    except ValueError:
        raise Unreadable("sessionDate is not a date")
    items = plan["items"]
    if not items or any(a >= b for a, b in zip(items, items[1:])):
        raise Unreadable("items must be a non-empty list in text order without repeats")
    if not plan["departments"] or not plan["strata"]:
        raise Unreadable("a plan has at least one department and one stratum")
    for i, st in enumerate(plan["strata"]):
        if ("ratioBasisPoints" in st) == ("count" in st):
            raise Unreadable("strata[%d] gives exactly one of ratioBasisPoints and count" % i)
        if st.get("ratioBasisPoints", 0) > 10000:
            raise Unreadable("strata[%d].ratioBasisPoints is above 10000" % i)
        if st["rule"].get("riskClass", "A") not in ("A", "B", "C", "D", "NONE"):
            raise Unreadable("strata[%d].rule.riskClass is not A, B, C, D or NONE" % i)
    m = plan["membersPerDepartment"]
    if type(m) is int and (m < 1 or m * len(plan["departments"]) < 2):
        raise Unreadable("membersPerDepartment: a team needs at least two inspectors")


INT_MAX = 2 ** 31 - 1     # section 9: every number of a proof but session.id
LONG_MAX = 2 ** 63 - 1    # session.id


def whole(x, at, least=0, most=INT_MAX):
    # a JSON integer: not 1.0, 1e0, "1" or true (Python's bool is an int, so the type is compared)
    if type(x) is not int or x < least or x > most:
        raise Unreadable("%s must be a whole number (no fraction, no exponent) from %d to %d" % (at, least, most))


def strict_json(data):
    """Section 9, the file: UTF-8 without a byte-order mark, one JSON value and nothing after it but
    white space, no member named twice in an object, no text with half of a surrogate pair."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise Unreadable("the file begins with a byte-order mark")

    def members(pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise Unreadable("the member %r is given twice in one object" % k)
            seen.add(k)
        return dict(pairs)

    def constant(name):
        raise Unreadable("%s is not JSON" % name)

    value = json.loads(data.decode("utf-8"), object_pairs_hook=members, parse_constant=constant)

    def lone(v, at):
        # json turns an escaped pair into one character; a surrogate left over was alone
        if isinstance(v, str):
            if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
                raise Unreadable("the text of %s holds half of a surrogate pair" % (at or "the value"))
        elif isinstance(v, list):
            for i, x in enumerate(v):
                lone(x, "%s[%d]" % (at, i))
        elif isinstance(v, dict):
            for k, x in v.items():
                lone(k, "a member name in " + (at or "the proof"))
                lone(x, (at + "." if at else "") + k)

    lone(value, "")
    return value


def numbers_are_integers(p):
    """Section 9: every number of a proof, the plan's included, is a JSON integer."""
    s = p["session"]
    whole(s["id"], "session.id", 1, LONG_MAX)
    if "rehearsal" in s and s["rehearsal"] is not True:
        raise Unreadable("session.rehearsal is true for a rehearsal and absent otherwise")
    for i, x in enumerate(p["strata"]):
        for k in ("index", "size", "sampleSize"):
            whole(x[k], "strata[%d].%s" % (i, k))
        if x["index"] != i:
            raise Unreadable("strata are not numbered 0, 1, 2, ... in order: strata[%d].index is %d" % (i, x["index"]))
    for i, t in enumerate(p["targets"]):
        for k in ("rank", "stratum"):
            whole(t[k], "targets[%d].%s" % (i, k))
        if t.get("shortfall") is not None:
            for k in ("eligible", "needed"):
                whole(t["shortfall"][k], "targets[%d].shortfall.%s" % (i, k))
    if p["protocol"] == V2:
        for i, x in enumerate(p["decisions"]):
            whole(x["rank"], "decisions[%d].rank" % i)
    plan = p["plan"]
    whole(plan["membersPerDepartment"], "plan.membersPerDepartment")
    for k in ("inspectedWithinDays", "drawnWithinDays"):
        if k in plan["exclusions"]:
            whole(plan["exclusions"][k], "plan.exclusions." + k)
    for i, st in enumerate(plan["strata"]):
        for k in ("count", "ratioBasisPoints"):
            if k in st:
                whole(st[k], "plan.strata[%d].%s" % (i, k))
        if "minComplaints" in st.get("rule", {}):
            whole(st["rule"]["minComplaints"], "plan.strata[%d].rule.minComplaints" % i)


def list_bytes(node, proof_path, extra):
    if "lines" in node:
        return "".join(line + "\n" for line in node["lines"]).encode("utf-8"), None
    name = node["file"]
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,200}", name) or name.startswith("."):
        raise Unreadable("list file name %r is not a plain file name" % name)
    for path in extra + [os.path.join(os.path.dirname(proof_path) or ".", name)]:
        if os.path.basename(path) == name and os.path.isfile(path):
            with open(path, "rb") as f:
                return f.read(), node["sha256"]
    raise Unreadable("list file %s not found" % name)


def verify_file(proof_path, extra, register_path=None):
    try:
        with open(proof_path, "rb") as f:
            p = strict_json(f.read())
        if not isinstance(p, dict) or not isinstance(p.get("protocol"), str):
            raise Unreadable("a proof is a JSON object whose protocol is a text")
        if isinstance(p, dict) and p.get("protocol") == V2:
            only_documented_members(p)
        numbers_are_integers(p)
        if p["protocol"] == V2:
            plan_rules(p["plan"])
        cand, cand_named = list_bytes(p["candidates"], proof_path, extra)
        insp, insp_named = list_bytes(p["inspectors"], proof_path, extra)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        return 2, "UNREADABLE: %s" % e
    except Unreadable as e:
        return 2, "UNREADABLE: %s" % e
    try:
        candidates = check_proof(p, cand, insp, {"candidates": cand_named, "inspectors": insp_named})
        if register_path:
            with open(register_path, "rb") as f:
                check_register(p, candidates, f.read())
    except Invalid as e:
        return 1, "INVALID: %s" % e
    except (KeyError, TypeError, AttributeError, ValueError, IndexError) as e:
        return 1, "INVALID: malformed proof (%s: %s)" % (type(e).__name__, e)
    return 0, "VALID"


def check_vector(path):
    v = json.load(open(path, encoding="utf-8"))
    i, e = v["input"], v["expected"]
    plan = json.loads(i["planCanonicalJson"])
    version = version_of_plan(plan)
    insp = "".join(l + "\n" for l in i["inspectorLines"]).encode("utf-8")
    if version == 2:
        register = "".join(l + "\n" for l in i["registerLines"]).encode("utf-8")
        candidates, counts = freeze(plan, lines_of(register, "register"))
        require([candidate_line(c) for c in candidates] == e["candidateLines"], "candidate lines")
        require(counts == e["excluded"], "exclusion counts")
        cand = "".join(l + "\n" for l in e["candidateLines"]).encode("utf-8")
        d = {"plan": sha(canonical(plan)), "candidates": sha(cand), "inspectors": sha(insp), "register": sha(register)}
        require(d["register"] == e["registerDigest"], "register digest")
    else:
        cand = "".join(l + "\n" for l in i["candidateLines"]).encode("utf-8")
        d = {"plan": sha(canonical(plan)), "candidates": sha(cand), "inspectors": sha(insp)}
    require(d["plan"] == e["planDigest"], "plan digest")
    require(d["candidates"] == e["candidatesDigest"] and d["inspectors"] == e["inspectorsDigest"], "list digests")
    require(commitment(version, d, i["secret"]) == e["commitment"], "commitment")
    seed = seed_of(version, d, i["secret"], i["observerDigits"], i["beacon"])
    require(seed == e["seed"], "seed")
    seed_hash, sizes, wants, results = draw(plan, parse_candidates(cand), parse_inspectors(insp), seed)
    require(seed_hash == e["seedHash"] and sizes == e["stratumSizes"] and wants == e["sampleSizes"], "seed hash or sizes")
    require(len(results) == len(e["targets"]), "number of targets")
    for mine, theirs in zip(results, e["targets"]):
        require(mine["id"] == theirs["id"] and mine["ticket"] == theirs["ticket"], "target %d" % mine["rank"])
        require([m["certificateNo"] for m in mine["team"]] == theirs["team"], "team of target %d" % mine["rank"])
        require((mine["shortfall"] is not None) == ("shortfall" in theirs), "staffing of target %d" % mine["rank"])
        if version == 2:
            require(mine["shortfall"] == theirs.get("shortfall") and mine["region"] == theirs["region"],
                    "target %d" % mine["rank"])


def main(argv):
    if len(argv) == 3 and argv[1] == "--vector":
        try:
            check_vector(argv[2])
        except Invalid as e:
            print("VECTOR MISMATCH: %s" % e)
            return 1
        print("VECTOR OK")
        return 0
    args, register = argv[1:], None
    if "--register" in args:
        at = args.index("--register")
        register = args[at + 1]
        args = args[:at] + args[at + 2:]
    if not args:
        print(__doc__)
        return 2
    code, text = verify_file(args[0], args[1:], register)
    print(text)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
