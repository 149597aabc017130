#!/usr/bin/env python3
"""Independent re-implementation of docs/protocol.md (sortes-draw/1), standard library only.

    python3 sortes_verify.py PROOF.json [LIST FILES...]   -> VALID / INVALID: reason
    python3 sortes_verify.py --vector sortes-draw-1.json  -> checks the worked example

Written from the specification text, not from the Java code, to show that the text suffices.
"""
import hashlib
import json
import os
import sys
from datetime import date

VERSION = "sortes-draw/1"


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(obj):
    # RFC 8785 for strings, integers, booleans, lists and objects (keys here are ASCII)
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def ticket_of(seed_hash, ident):
    n = int(hashlib.sha256((seed_hash + ident).encode("utf-8")).hexdigest(), 16)
    return "0." + str(n).zfill(64)[::-1]


def sample_size(stratum, n):
    if "count" in stratum:
        return min(stratum["count"], n)
    return (n * stratum["ratioBasisPoints"] + 9999) // 10000


def counter_values(s, n):
    i = 0
    while True:
        i += 1
        yield int(hashlib.sha256((s + "," + str(i)).encode("utf-8")).hexdigest(), 16) % n + 1


def draw(plan, candidates, inspectors, seed):
    seed_hash = sha(seed)
    strata = plan["strata"]
    tickets = {c[0]: ticket_of(seed_hash, c[0]) for c in candidates}
    sizes = [sum(1 for c in candidates if c[1] == s) for s in range(len(strata))]
    wants = [sample_size(strata[s], sizes[s]) for s in range(len(strata))]
    winners = []
    for s in range(len(strata)):
        ids = sorted((c for c in candidates if c[1] == s), key=lambda c: tickets[c[0]])
        winners += ids[: wants[s]]
    winners.sort(key=lambda c: tickets[c[0]])
    day = plan["sessionDate"]
    m = plan["membersPerDepartment"]
    depts = plan["departments"]
    qualified = {d: [i for i in inspectors if i["dept"] == d and i["onDuty"] and i["validUntil"] >= day] for d in depts}
    cap = {d: (len(winners) * m + len(q) - 1) // len(q) if q else 0 for d, q in qualified.items()}
    load = {}
    results = []
    for rank, (ident, stratum, region, last) in enumerate(winners, 1):
        team, shortfall = [], None
        for di, d in enumerate(depts):
            eligible = [i for i in qualified[d] if load.get(i["cert"], 0) < cap[d] and ident not in i["conflicts"]
                        and not (plan["avoidSameRegion"] and i["region"] and i["region"] == region)
                        and not (plan.get("avoidLastInspector") and i["cert"] in last)]
            if len(eligible) < m:
                shortfall = (d, len(eligible), m)
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
        results.append({"rank": rank, "id": ident, "stratum": stratum, "ticket": tickets[ident],
                        "team": [i["cert"] for i in team], "names": [i["name"] for i in team],
                        "shortfall": shortfall})
    return seed_hash, sizes, wants, results


def parse_candidates(text):
    out = []
    for line in text.split("\n")[:-1]:
        ident, stratum, region, last = line.split("\t")
        out.append((ident, int(stratum), region, last.split(";") if last else []))
    return out


def parse_inspectors(text):
    out = []
    for line in text.split("\n")[:-1]:
        cert, dept, on, valid, region, conflicts, name = line.split("\t")
        out.append({"cert": cert, "dept": dept, "onDuty": on == "1", "validUntil": valid or "0000-00-00",
                    "region": region, "conflicts": conflicts.split(";") if conflicts else [], "name": name})
    return out


def check(plan, cand_bytes, insp_bytes, secret, digits, beacon, claimed):
    """Returns None when everything matches `claimed`, else the first difference."""
    d_plan = sha(canonical(plan))
    d_cand = hashlib.sha256(cand_bytes).hexdigest()
    d_insp = hashlib.sha256(insp_bytes).hexdigest()
    for name, got in (("plan digest", d_plan), ("candidates digest", d_cand), ("inspectors digest", d_insp)):
        if got != claimed[name]:
            return "%s: computed %s, claimed %s" % (name, got, claimed[name])
    commitment = sha(VERSION + ";commit;" + d_plan + ";" + d_cand + ";" + d_insp + ";" + secret)
    if commitment != claimed["commitment"]:
        return "commitment: computed %s, claimed %s" % (commitment, claimed["commitment"])
    if sum(len(g) for g in digits) < 20:
        return "fewer than 20 observer digits"
    seed = ";".join([VERSION, d_plan, d_cand, d_insp, secret, "/".join(digits), (beacon or "").strip()])
    if seed != claimed["seed"]:
        return "seed differs"
    seed_hash, sizes, wants, results = draw(plan, parse_candidates(cand_bytes.decode("utf-8")),
                                            parse_inspectors(insp_bytes.decode("utf-8")), seed)
    if sizes != claimed["sizes"] or wants != claimed["wants"]:
        return "stratum or sample sizes differ"
    if len(results) != len(claimed["targets"]):
        return "number of targets differs"
    for mine, theirs in zip(results, claimed["targets"]):
        for key in ("id", "ticket", "team"):
            if mine[key] != theirs[key]:
                return "target %d: %s differs (%s vs %s)" % (mine["rank"], key, mine[key], theirs[key])
    return None


def list_bytes(node, proof_path, extra):
    if "lines" in node:
        return "".join(line + "\n" for line in node["lines"]).encode("utf-8")
    for path in extra + [os.path.join(os.path.dirname(proof_path), node["file"])]:
        if os.path.basename(path) == node["file"] and os.path.exists(path):
            with open(path, "rb") as f:
                return f.read()
    raise SystemExit("UNREADABLE: list file %s not found" % node["file"])


def main(argv):
    if len(argv) == 3 and argv[1] == "--vector":
        v = json.load(open(argv[2], encoding="utf-8"))
        i, e = v["input"], v["expected"]
        cand = "".join(l + "\n" for l in i["candidateLines"]).encode("utf-8")
        insp = "".join(l + "\n" for l in i["inspectorLines"]).encode("utf-8")
        claimed = {"plan digest": e["planDigest"], "candidates digest": e["candidatesDigest"],
                   "inspectors digest": e["inspectorsDigest"], "commitment": e["commitment"], "seed": e["seed"],
                   "sizes": e["stratumSizes"], "wants": e["sampleSizes"], "targets": e["targets"]}
        problem = check(json.loads(i["planCanonicalJson"]), cand, insp, i["secret"], i["observerDigits"],
                        i["beacon"], claimed)
        print("VECTOR OK" if problem is None else "VECTOR MISMATCH: " + problem)
        return 0 if problem is None else 1
    proof_path, extra = argv[1], argv[2:]
    p = json.load(open(proof_path, encoding="utf-8"))
    if p["protocol"] != VERSION:
        print("INVALID: protocol " + p["protocol"])
        return 1
    claimed = {"plan digest": p["digests"]["plan"], "candidates digest": p["digests"]["candidates"],
               "inspectors digest": p["digests"]["inspectors"], "commitment": p["commitment"], "seed": p["seed"],
               "sizes": [s["size"] for s in p["strata"]], "wants": [s["sampleSize"] for s in p["strata"]],
               "targets": [{"id": t["id"], "ticket": t["ticket"], "team": [m["certificateNo"] for m in t["team"]]}
                           for t in p["targets"]]}
    problem = check(p["plan"], list_bytes(p["candidates"], proof_path, extra),
                    list_bytes(p["inspectors"], proof_path, extra), p["secret"],
                    [o["digits"] for o in p["observers"]], (p.get("beacon") or {}).get("value"), claimed)
    print("VALID" if problem is None else "INVALID: " + problem)
    return 0 if problem is None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
