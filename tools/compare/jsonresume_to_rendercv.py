#!/usr/bin/env python3
"""A JSON Resume document (`jobfit export PROFILE --format json-resume`) as a RenderCV input file,
to render the same person with RenderCV's themes for a side-by-side look (issue 16).

    jobfit export docs/examples/lena-new-graduate.yaml --format json-resume -o lena.json
    python3 tools/compare/jsonresume_to_rendercv.py lena.json > Lena_CV.yaml
    rendercv render Lena_CV.yaml            # RenderCV 2.3, theme classic

Standard library only. JSON is YAML, so the output is JSON. Only what RenderCV has a place
for is carried over; nothing is added. RenderCV 2.3 imports the Typst package
`@preview/fontawesome` at render time; on a machine without network, a local stub package in
`~/.cache/typst/packages/preview/fontawesome/0.5.0/` that draws no icons lets it render.
"""
import json
import sys


def date(d):
    # RenderCV takes YYYY-MM or YYYY-MM-DD or "present".
    return d[:7] if d else None


def entry(**kw):
    return {k: v for k, v in kw.items() if v not in (None, "", [])}


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    b = doc.get("basics", {})
    loc = b.get("location", {}) or {}
    cv = entry(
        name=b.get("name"),
        headline=b.get("label"),
        location=", ".join(x for x in [loc.get("city"), loc.get("region"), loc.get("countryCode")] if x),
        email=b.get("email"),
        phone=b.get("phone"),
        website=b.get("url"),
        social_networks=[
            {"network": p["network"], "username": p["username"]}
            for p in b.get("profiles", [])
            if p.get("network") in ("GitHub", "LinkedIn", "GitLab", "Mastodon", "StackOverflow")
            and p.get("username")
        ],
    )
    sections = {}
    if b.get("summary"):
        sections["summary"] = [b["summary"]]
    work = [
        entry(
            company=w.get("name"),
            position=w.get("position"),
            location=w.get("location"),
            start_date=date(w.get("startDate")),
            end_date=date(w.get("endDate")) or ("present" if w.get("startDate") else None),
            summary=w.get("summary"),
            highlights=w.get("highlights"),
        )
        for w in doc.get("work", [])
    ]
    if work:
        sections["experience"] = work
    edu = [
        entry(
            institution=e.get("institution"),
            area=e.get("area") or e.get("studyType") or "",
            degree=e.get("studyType") if e.get("area") else None,
            start_date=date(e.get("startDate")),
            end_date=date(e.get("endDate")),
            location=(e.get("x-jobfit") or {}).get("location"),
            highlights=e.get("courses")
            or [h["text"] for h in (e.get("x-jobfit") or {}).get("highlights", [])],
        )
        for e in doc.get("education", [])
    ]
    if edu:
        sections["education"] = edu
    projects = [
        entry(
            name=p.get("name"),
            start_date=date(p.get("startDate")),
            end_date=date(p.get("endDate")),
            summary=p.get("description"),
            highlights=p.get("highlights"),
        )
        for p in doc.get("projects", [])
    ]
    if projects:
        sections["projects"] = projects
    # One line per level ("Strong: JavaScript, TypeScript"), in the profile's order; a skill
    # with keywords keeps its own line.
    skills, by_level = [], {}
    for s in doc.get("skills", []):
        if not s.get("name"):
            continue
        if s.get("keywords"):
            skills.append({"label": s["name"], "details": ", ".join(s["keywords"])})
        else:
            by_level.setdefault((s.get("level") or "skills").capitalize(), []).append(s["name"])
    skills += [{"label": k, "details": ", ".join(v)} for k, v in by_level.items()]
    if skills:
        sections["skills"] = skills
    awards = [
        entry(name=a.get("title"), date=date(a.get("date")), summary=a.get("summary"))
        for a in doc.get("awards", [])
    ]
    if awards:
        sections["awards"] = awards
    vol = [
        entry(
            company=v.get("organization"),
            position=v.get("position"),
            start_date=date(v.get("startDate")),
            end_date=date(v.get("endDate")) or ("present" if v.get("startDate") else None),
            highlights=v.get("highlights"),
        )
        for v in doc.get("volunteer", [])
    ]
    if vol:
        sections["volunteering"] = vol
    langs = [l.get("language", "") + (f" ({l['fluency']})" if l.get("fluency") else "") for l in doc.get("languages", [])]
    if langs:
        sections["languages"] = [", ".join(langs)]
    cv["sections"] = sections
    json.dump({"cv": cv, "design": {"theme": "classic"}}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
