"""The example accounts: the whitepaper's worked example (section 6), its four stress scenarios
(section 8) and a five-account pilot portfolio. `make examples` turns them into the .fods workbooks
beside this file; the Calc tests open those workbooks and check what they compute.

Each reality is (org owner, customer stakeholder, org score, customer score, evidence, grade,
action, action owner, due date, commercial outcome). The companies are invented.
"""
from datetime import date

import reality_map


def realities(*rows):
    keys = ("owner", "stakeholder", "org", "customer", "evidence", "grade", "action",
            "action_owner", "due", "outcome")
    return [dict(zip(keys, row)) for row in rows]


# Section 6: "a strategic account the organisation views as healthy" — warm but materially exposed.
WORKED = {
    "account": "Harbourline Freight", "acv": 1800000, "renewal": date(2027, 6, 30),
    "review": date(2026, 11, 16), "reason": "Quarterly", "lead": "Dana Okafor, Account Director",
    "sponsor": "Miguel Ferreira, COO",
    "realities": realities(
        ("Dana Okafor (Account Director)", "Miguel Ferreira, COO (sponsor)", 4.0, 3.0,
         "Two renewals done; 2027 strategy review shows route automation as the priority and our "
         "roadmap slides barely mention it", "B",
         "Joint roadmap session on route automation with the COO's strategy team",
         "Dana Okafor", date(2027, 1, 29), "Stronger renewal confidence"),
        ("Sam Reyes (Commercial Lead)", "Procurement lead and Finance BP", 4.0, 2.5,
         "Finance cannot show the savings case; procurement asked for a benchmark at the last QBR",
         "B", "Build a value-realisation pack with finance: savings per lane, audited",
         "Sam Reyes", date(2027, 1, 15), "Protected margin at renewal"),
        ("Lena Brandt (Service Lead)", "Depot operations managers", 3.5, 2.0,
         "Ticket data plus depot interviews: 40% of tickets reopened, users re-key bookings daily",
         "A", "Fix the booking hand-off and retire the re-keying workaround",
         "Lena Brandt", date(2026, 12, 18), "Reduced customer effort"),
        ("Chris Tan (VP Service)", "Head of continuity", 4.0, 2.0,
         "September outage: technically closed in 6 h, but the customer's incident review cites "
         "late, partial communication", "B",
         "Post-incident trust review with the COO; agree an escalation protocol and an executive "
         "owner", "Chris Tan", date(2026, 12, 4), "Restored trust"),
        ("Priya Nair (Product Lead)", "Head of digital", 3.0, 2.0,
         "Internal view only: no co-creation sessions held this year", "C",
         "Test future relevance with the head of digital before the roadmap is presented",
         "Priya Nair", date(2027, 2, 26), "Improved future relevance"),
    ),
    "var": (1800000, 0.3, 600000, 0.5, 120000),
    "stakeholders": [
        ("Customer", "Miguel Ferreira", "COO", "Executive", "Strategic", 3.5, date(2026, 11, 10),
         "Warm sponsor; defends us internally"),
        ("Customer", "Ruth Adeyemi", "Head of strategy", "Strategy", "Strategic", 2.5,
         date(2026, 11, 12), "Sees us as a carrier, not a partner in automation"),
        ("Customer", "Tomas Lind", "Procurement lead", "Procurement", "Commercial", 2.5,
         date(2026, 11, 3), "Benchmark request pending"),
        ("Customer", "Aisha Khan", "Finance business partner", "Finance", "Commercial", 2.0,
         date(2026, 11, 3), "Cannot evidence savings"),
        ("Customer", "Depot managers (3)", "Operations", "Operations", "Operational", 2.0,
         date(2026, 11, 7), "Re-keying every booking"),
        ("Customer", "Elif Demir", "Head of continuity", "Risk", "Resilience", 2.0,
         date(2026, 10, 28), "Still cites the September outage"),
        ("Organisation", "Dana Okafor", "Account Director", "Executive", "Strategic", None, None,
         "Owns the map"),
        ("Organisation", "Chris Tan", "VP Service", "Service", "Resilience", None, None,
         "Executive owner for trust recovery"),
    ],
    "senses": {
        "Sight": ("Not invited to the 2027 automation steering group", "Strategic", "Evolution"),
        "Hearing": ("We mostly hear the COO; finance and depots rarely reach us", "Commercial"),
        "Touch": ("Depots keep a spreadsheet to re-key our bookings", "Operational"),
        "Taste": ("Finance asked twice for proof of savings", "Commercial"),
        "Smell": ("Continuity lead asked about a second carrier after the outage", "Resilience"),
    },
    "history": [
        {"date": date(2026, 8, 17), "reason": "Quarterly", "band": "Watch",
         "scores": [(4.0, 3.5, "B"), (4.0, 3.0, "B"), (3.5, 2.5, "A"), (4.0, 3.5, "B"), (3.0, 2.5, "C")]},
        {"date": date(2026, 11, 16), "reason": "Quarterly", "band": "Critical",
         "scores": [(4.0, 3.0, "B"), (4.0, 2.5, "B"), (3.5, 2.0, "A"), (4.0, 2.0, "B"), (3.0, 2.0, "C")]},
    ],
    # What the customer reads on the Customer view: typed there, in words they would recognise.
    "customer": [
        {"heard": "Route automation is your 2027 priority; our roadmap does not yet show it.",
         "next": "Joint roadmap session on route automation", "by": date(2027, 1, 29)},
        {"heard": "Finance cannot yet evidence the savings; a benchmark was requested.",
         "next": "Audited savings per lane, shared with finance", "by": date(2027, 1, 15)},
        {"heard": "Depots re-key bookings every day; many tickets reopen.",
         "next": "Fix the booking hand-off", "by": date(2026, 12, 18)},
        {"heard": "The September outage was closed quickly, but updates came late.",
         "next": "Agree an escalation protocol with a named executive", "by": date(2026, 12, 4)},
        {"heard": "Not yet discussed with your head of digital.",
         "next": "Conversation on future needs before the roadmap is presented",
         "by": date(2027, 2, 26)},
    ],
}

# The 90-day pilot checklist of the pilot portfolio (it spans the pilot's accounts).
PILOT_PROGRESS = {
    0: ("Dana Okafor", date(2026, 9, 30), "Yes", "Harbourline is one of four pilot accounts"),
    1: ("Dana Okafor", date(2026, 10, 15), "Yes", None),
    2: ("Account team", date(2026, 10, 31), "Yes", None),
    3: ("Dana Okafor", date(2026, 11, 14), "Yes", "Six customer conversations"),
    4: ("Account team", date(2026, 11, 21), "No", None),
}

# Section 8, scenario 1: healthy on paper, uneven underneath; Strategic genuinely strong.
STABLE = {
    "account": "Corvid Health Systems", "acv": 950000, "renewal": date(2028, 3, 31),
    "review": date(2026, 10, 5), "reason": "Quarterly", "lead": "Ines Moreau, Account Director",
    "sponsor": "Dr Paul Osei, CIO",
    "realities": realities(
        ("Ines Moreau", "Dr Paul Osei, CIO", 3.5, 4.5,
         "CIO names us in the 2027 clinical-systems plan; co-authored board paper", "B",
         "Offer the CIO a joint paper on the next phase", "Ines Moreau", date(2027, 1, 31),
         "Credible expansion"),
        ("Marc Vidal", "Procurement and finance", 4.0, 3.0,
         "Finance scrutiny of licence costs at budget round", "B",
         "Value evidence pack for finance before the budget round", "Marc Vidal",
         date(2026, 12, 15), "Protected margin"),
        ("Hanna Berg", "Ward systems leads", 4.0, 3.2,
         "Recurring friction on release weekends, users report workarounds", "B",
         "Validate release friction with ward leads", "Hanna Berg", date(2026, 11, 30),
         "Reduced customer effort"),
        ("Omar Haddad", "Continuity lead", 4.0, 3.5,
         "No major incident in 3 years: resilience largely untested", "C",
         "Run a joint recovery exercise to get real evidence", "Omar Haddad", date(2027, 2, 28),
         "Stronger renewal confidence"),
        ("Yuki Sato", "Digital transformation lead", 3.5, 2.5,
         "Customer's AI triage agenda has moved ahead of our roadmap", "B",
         "Test roadmap alignment with the transformation lead", "Yuki Sato", date(2027, 1, 15),
         "Improved future relevance"),
    ),
    "var": (950000, 0.1, 400000, 0.3, 20000),
}

# Scenario 2: lower complexity: the lighter review scores only Commercial and Operational.
LIGHTER = {
    "account": "Pellworth Print Co.", "acv": 85000, "renewal": date(2027, 4, 30),
    "review": date(2026, 10, 12), "reason": "Quarterly", "lead": "Kim Alder, Account Manager",
    "sponsor": "Jo Pell, Owner",
    "realities": realities(
        (None, None, None, None, "Lighter review: not assessed", None, None, None, None, None),
        ("Kim Alder", "Jo Pell, Owner", 3.5, 3.0, "Owner call; invoice queries down", "B",
         "Keep the quarterly check-in", "Kim Alder", date(2027, 1, 12), "Retained revenue"),
        ("Kim Alder", "Office manager", 3.5, 2.5, "Office manager chases delivery slots weekly", "B",
         "Fixed weekly delivery slot", "Kim Alder", date(2026, 11, 30), "Reduced customer effort"),
        (None, None, None, None, "Lighter review: not assessed", None, None, None, None, None),
        (None, None, None, None, "Lighter review: not assessed", None, None, None, None, None),
    ),
    "var": (85000, 0.15, None, None, None),
}

# Scenario 3: renewal pressure: procurement sharpens its questions and a competitor appears.
RENEWAL = {
    "account": "Meridian Utilities", "acv": 2600000, "renewal": date(2027, 2, 28),
    "review": date(2026, 11, 2), "reason": "Renewal", "lead": "Rafael Costa, Account Director",
    "sponsor": "Grace Whitfield, Director of Operations",
    "realities": realities(
        ("Rafael Costa", "Grace Whitfield (sponsor)", 4.0, 3.5,
         "Sponsor still engaged but more cautious", "B",
         "Executive alignment meeting before the RFP", "Rafael Costa", date(2026, 11, 27),
         "Stronger renewal confidence"),
        ("Nadia Popescu", "Procurement and finance", 4.0, 2.0,
         "RFP issued; finance says the value case is unproven; competitor shortlisted", "A",
         "Focused value-realisation review with finance and procurement", "Nadia Popescu",
         date(2026, 11, 20), "Retained revenue at protected margin"),
        ("Ben Okoro", "Field operations", 3.5, 3.0, "Service stable; minor scheduling friction", "B",
         "Close the scheduling issues before the RFP response", "Ben Okoro", date(2026, 12, 11),
         "Reduced customer effort"),
        ("Ben Okoro", "Risk owner", 4.0, 2.5,
         "Two escalations this year took over a week to close", "B",
         "Show the improved escalation protocol with evidence", "Ben Okoro", date(2026, 12, 4),
         "Restored trust"),
        ("Lucy Grant", "Innovation lead", 3.5, 2.5,
         "Future alignment never tested; we assume the smart-meter roadmap fits", "C",
         "Test roadmap relevance against the customer's current priorities", "Lucy Grant",
         date(2026, 12, 18), "Improved future relevance"),
    ),
    "var": (2600000, 0.45, 800000, 0.6, 150000),
}

# Scenario 4: downside shock: a major outage; the response is judged, not the original story.
SHOCK = {
    "account": "Alder Bank", "acv": 3200000, "renewal": date(2027, 9, 30),
    "review": date(2026, 10, 20), "reason": "Post-incident", "lead": "Owen Fraser, Account Director",
    "sponsor": "Sofia Lindqvist, CTO",
    "realities": realities(
        ("Owen Fraser", "Sofia Lindqvist, CTO", 4.0, 3.5,
         "CTO still backs the programme", "B", "Keep the CTO briefed weekly", "Owen Fraser",
         date(2026, 11, 6), "Stronger renewal confidence"),
        ("Nina Shah", "Finance", 3.5, 2.5, "Service credits claimed; finance questions the cost", "B",
         "Agree the service-credit settlement", "Nina Shah", date(2026, 11, 20), "Protected margin"),
        ("Tariq Aziz", "Payments operations", 4.0, 2.5,
         "Outage doubled manual reconciliation for two weeks; effort logged", "A",
         "Remove the manual reconciliation step", "Tariq Aziz", date(2026, 12, 4),
         "Reduced customer effort"),
        ("Grace Liu (COO)", "Head of operational resilience", 3.5, 1.5,
         "9-hour outage; root cause fixed, but the regulator asked the bank for our recovery "
         "evidence and we were slow to provide it", "B",
         "Post-incident trust review; executive owner; recovery plan before any renewal talk",
         "Grace Liu", date(2026, 11, 13), "Restored trust"),
        ("Owen Fraser", "Innovation office", 3.0, 3.0, "Not discussed since the outage", "C",
         "Revisit after trust recovery", "Owen Fraser", date(2027, 3, 31), "Improved future relevance"),
    ),
    "var": (3200000, 0.25, 500000, 0.4, 350000),
}

SCENARIOS = (("scenario-1-stable-strategic-account.fods", STABLE),
             ("scenario-2-lower-complexity-account.fods", LIGHTER),
             ("scenario-3-renewal-pressure.fods", RENEWAL),
             ("scenario-4-downside-shock.fods", SHOCK))

PORTFOLIO_SHEETS = (("Harbourline", WORKED), ("Corvid", STABLE), ("Pellworth", LIGHTER),
                    ("Meridian", RENEWAL), ("Alder", SHOCK))


def workbooks():
    """(file name, document) for every example workbook."""
    yield "worked-example.fods", reality_map.workbook(WORKED, "Harbourline Freight — Relationship Reality Map")
    for filename, data in SCENARIOS:
        yield filename, reality_map.workbook(data, data["account"] + " — Relationship Reality Map")
    accounts = [dict(data, sheet=sheet) for sheet, data in PORTFOLIO_SHEETS]
    yield "pilot-portfolio.fods", reality_map.portfolio(accounts, pilot=PILOT_PROGRESS)
