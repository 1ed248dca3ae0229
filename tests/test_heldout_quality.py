"""Extraction quality floors on annotated articles.

Round 35: two sets by annotators who never read the code (counts-only reports), `holdout135/` (enforcement and
safety: warehouse raids with the police and customs, a cyber patrol, a court verdict, a wholesaler's licence revoked, a
voluntary batch recall, a public warning listing products and makers) and `holdout136/` (pharma companies as
businesses: a clinical-trial agreement, in-licensing of a biologic, registration abroad, a distribution agreement, an
RUPST; one English investor release), held back all round (together 0.927/0.788 → 0.930/0.792).
Round 34: two sets by annotators who never read the code (counts-only reports), `holdout133/` (industry and
investment: plant inaugurations and expansions, drug raw-material localisation, TKDN and halal certificates, a
biosimilar technology transfer, an IDX disclosure of an acquisition; one English release) and `holdout134/` (regional
BPOM offices at work: Ramadan takjil sampling, school-snack checks, UMKM coaching towards permits, a cooperation
agreement with a regency, a talk show, a safe-food village award), held back all round (together 0.909/0.742 →
0.911/0.742 entity/relation F1).
Round 33: two sets by annotators who never read the code (counts-only reports), `holdout131/` (Indonesian medicines
and regulators abroad: MoUs with Egyptian, Mexican and Brazilian regulators, export registrations approved and
pending, a trade mission to Kenya, a Saudi joint venture, a WHO prequalification; one English release) and
`holdout132/` (medicines and cosmetics reaching the public: a pharmacy chain's licences, a shortage, an illegal-cosmetics
raid, a cyber patrol, a fitofarmaka launch, an e-katalog procurement), held back all round (together 0.927/0.787 →
0.927/0.790 entity/relation F1).
Round 32: two sets by annotators who never read the code (counts-only reports), `holdout129/` (the industry and
the state: TKDN certificates, e-katalog listings, the BUMN pharma holding, API plant groundbreakings, an IPO, an
association's audience with ministers; one English investor release) and `holdout130/` (regional BPOM work: public
warnings on BKO jamu, recalls, frozen and revoked permits, a clinical-trial approval, a swearing-in, an award night),
held back all round (together 0.925/0.726 → 0.925/0.723 entity/relation F1).
Round 31: two sets by annotators who never read the code (counts-only reports), `holdout127/` (official visits,
cooperation, MoUs, forums and audiences; one English release) and `holdout128/` (approvals and certificates: EUA, NIE,
CPOB/halal, WHO prequalification, clinical trials, launches, appointments; one English release), held back all round
(together 0.947/0.799 → 0.948/0.798 entity/relation F1), while round 29's and 30's held-back sets were opened.
Round 30: two sets by annotators who never read the code (counts-only reports), `holdout125/` (BPOM enforcement:
warnings, inspections, seizures, revoked permits; one English release) and `holdout126/` (licensing, joint ventures,
plants and their certificates, launches, appointments; two English releases), held back all round (together
0.921/0.745 → 0.924/0.751 entity/relation F1); round 29's `holdout123/` and `holdout124/` stayed closed to this round's helpers.
Round 29: two sets by annotators who never read the code (counts-only reports), `holdout123/` (sites, hospitals,
regional offices, posts) and `holdout124/` (cross-border licensing, subsidiaries, foreign regulators; two English
releases), held back all round (together 0.936/0.777 → 0.943/0.782 entity/relation F1), while round 28's held-back
`holdout121/` and `holdout122/` were opened for error analysis.
Round 28: two sets by annotators who never read the code (counts-only reports), `holdout121/` (BPOM and its regional
offices at work) and `holdout122/` (company deals, plants, appointments and visits), held back all round (together
0.941/0.762 → 0.942/0.771 entity/relation F1), while round 27's held-back `holdout113/` … `holdout120/` were opened
for error analysis with `holdout105/` … `holdout112/`.
Round 27: eight sets by annotators who never read the code (counts-only reports), `holdout113/` … `holdout120/`, held
back all round (together 0.960/0.802 → 0.960/0.803 entity/relation F1 with what landed), while round 26's held-back
`holdout105/` … `holdout112/` were opened for error analysis.
Round 23: eight sets by annotators who never read the code (counts-only reports). `holdout85/` … `holdout88/` were
opened, with round 22's held-back `holdout77/` … `holdout80/`, by ten quality helpers (85–88 together 0.954/0.816 →
0.969/0.888 entity/relation F1; 77–80 0.939/0.746 → 0.966/0.856); `holdout81/` … `holdout84/` were held back all round and
scored after each merge wave (together 0.943/0.758 → 0.945/0.758: no relation transfer at all).
Round 22: four sets by annotators who never read the code (counts-only reports), `holdout77/` … `holdout80/`, written at
the start and held back all round (together 0.936/0.744 → 0.939/0.746 entity/relation F1: next to no transfer), while nine
helpers opened round 21's held-back `holdout73/` … `holdout76/` (together 0.945/0.755 → 0.962/0.829).
Round 21: eight sets by annotators who never read the code (counts-only reports). `holdout69/` … `holdout72/` were
written at the start and opened by waves 1–3 (together 0.723 → 0.865 relation F1); `holdout73/` … `holdout76/` were held
back all round and scored after each wave (together 0.945/0.752 → 0.945/0.755 entity/relation F1: next to no transfer).
Round 20: eleven sets by annotators who never read the code (counts-only reports). `holdout58/` … `holdout61/` were
written at the start and opened by waves 1–3; `holdout64/` … `holdout66/` were written during wave 1, scored after its
merge (relation 0.795 → 0.797: next to no transfer) and opened by waves 2–3; `holdout62/`, `holdout63/`, `holdout67/` and
`holdout68/` were held back all round (together 0.926/0.749 → 0.933/0.757 entity/relation F1).
Round 19: nine sets, each written by an annotator who never read the code (counts-only reports). `holdout49/` …
`holdout52/` at the start: 49 … 51 were opened by three helpers (wave 1) while 52 was held back and scored before and
after their merge (0.940/0.725 → 0.949/0.758 entity/relation F1); `holdout53/` … `holdout55/` were written during
wave 1 and opened in wave 2; `holdout56/` and `holdout57/` were held back all round (start 0.940/0.764, 0.933/0.703).
Figures with the code of the round's start and its end are beside the floors.
Round 18: `holdout46/` … `holdout48/` were written at its start by annotators whose reports gave counts only, and
scored with the code of the round's start (0.957/0.836, 0.914/0.809, 0.937/0.823 entity/relation F1) and again after two
helpers' work on older sets' misses (unchanged: no transfer); then opened, and two helpers' error analysis on them gave
the figures beside the floors.
Round 17: `holdout43/` … `holdout45/` were written at its start by annotators whose reports gave counts only, and
scored with the code of the round's start (0.982/0.804, 0.929/0.830, 0.966/0.769 entity/relation F1) and again after two
helpers' work on older sets' misses (0.982/0.804, 0.929/0.843, 0.966/0.769); then opened, and two helpers' error
analysis on them gave the figures beside the floors.
Round 15: `holdout40/` … `holdout42/` were written at its start by annotators whose reports gave counts only, and
scored with the code of the round's start (0.923/0.715, 0.925/0.759, 0.937/0.815 entity/relation F1) and again after a
helper's work on holdout37 … 39's misses (unchanged: no transfer); then opened, and two helpers' error analysis on them
gave the figures beside the floors.
Round 14: `holdout37/` … `holdout39/` were written at its start by annotators whose reports gave counts only, kept
apart while four helpers worked from holdout28 … holdout36's misses, and scored with the code of the round's start
(0.919/0.774, 0.972/0.847, 0.948/0.834 entity/relation F1) and after the helpers' merge (0.928/0.783, 0.975/0.866,
0.948/0.848); then opened, and the lead's error analysis on them gave the figures beside the floors.
Round 13: `holdout34/` … `holdout36/` were written at its start by annotators whose reports gave counts only, kept
apart while four helpers worked from holdout28 … holdout33's misses, and scored with the code of the round's start
(0.945/0.795, 0.958/0.753, 0.935/0.840 entity/relation F1) and after the helpers' merge (0.948/0.798, 0.961/0.779,
0.935/0.837); then opened, and the lead's error analysis on them gave the figures beside the floors. holdout28 …
holdout33 rose from 0.952/0.755 … 0.895/0.570 to the figures beside theirs (error analysis).
Round 12: `holdout28/` … `holdout30/` were written at its start and `holdout31/` … `holdout33/` an hour in; none
was read while rules were made, but the annotators' reports (topics and some names) guided the lead's own probe
sentences for holdout28 … holdout31, so only holdout32/33 are close to unseen. All six were scored with the code of
the round's start and its end (figures beside the floors); they are open for error analysis from round 13 on.
Every set was annotated by someone who never read the extractor. Round 11, first cycle: `holdout22/`,
`holdout23/` and `holdout24/` were written at its start and kept apart while four helpers worked from
holdout19 … holdout21's misses; they were scored once at the start (0.938/0.773, 0.957/0.813, 0.945/0.743
entity/relation F1) and once at the end of the cycle (0.947/0.787, 0.971/0.833, 0.967/0.789), then opened
for error analysis. Second cycle: `holdout25/`, `holdout26/` and `holdout27/` were written then, kept apart,
and scored at its start (0.944/0.856, 0.961/0.684, 0.972/0.826) and end (0.944/0.856, 0.961/0.684,
0.972/0.831). holdout19 … holdout21 went from 0.942/0.773, 0.879/0.713 and 0.930/0.774 to 0.982/0.964,
0.960/0.934 and 0.986/0.950 over the round (error analysis).
Round 10: holdout16, holdout17 and
holdout18 were written at its start and used for error analysis (0.933/0.689, 0.964/0.660 and
0.937/0.751 entity/relation F1 then), later holdout10 … holdout14 too; `holdout19/`, `holdout20/`
and `holdout21/` were written while the rules were being made, kept apart, and scored once at the
end: 0.939/0.728, 0.872/0.683 and 0.925/0.738 with the code of the round's start, 0.942/0.773,
0.879/0.713 and 0.930/0.774 at its end. Round 9's fresh and honest sets (holdout10 … holdout15) and
the older ones have been used for error analysis since. The floors sit a little under the measured
figures so a rule change that trades generalisation for one set's score fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data"

CASES = [
    # gold, folder, entity F1 floor, relation F1 floor   (measured at the end of round 15 / 14 / 13 / 12 / 11 in the comments)
    ("holdout136_gold.jsonl", "holdout136", 0.90, 0.76),  # 0.925/0.793 (0.925/0.787 with the code of round 35's start; held back all round 35)
    ("holdout135_gold.jsonl", "holdout135", 0.91, 0.76),  # 0.935/0.790 (0.928/0.790 with the code of round 35's start; held back all round 35)
    ("holdout134_gold.jsonl", "holdout134", 0.86, 0.73),  # 0.889/0.762 at round 35's end; 0.854/0.611 (the same with the code of round 34's start; held back all round 34)
    ("holdout133_gold.jsonl", "holdout133", 0.93, 0.81),  # 0.958/0.841 at round 35's end; 0.955/0.814 (0.951/0.814 with the code of round 34's start; held back all round 34)
    ("holdout132_gold.jsonl", "holdout132", 0.92, 0.79),  # 0.943/0.819 (0.943/0.806 with the code of round 33's start; held back all round 33)
    ("holdout131_gold.jsonl", "holdout131", 0.94, 0.80),  # 0.977/0.846 at round 34's end; 0.913/0.764 (0.913/0.769 with the code of round 33's start; held back all round 33)
    ("holdout130_gold.jsonl", "holdout130", 0.91, 0.74),  # 0.939/0.768 at round 33's end; 0.914/0.653 (0.914/0.660 with the code of round 32's start; held back all round 32)
    ("holdout129_gold.jsonl", "holdout129", 0.92, 0.79),  # 0.948/0.813 at round 33's end; 0.936/0.787 (0.936/0.785 with the code of round 32's start; held back all round 32)
    ("holdout128_gold.jsonl", "holdout128", 0.93, 0.77),  # 0.949/0.795 at round 33's end; 0.949/0.791 at round 32's end; 0.939/0.762 (0.937/0.764 with the code of round 31's start; held back all round 31)
    ("holdout127_gold.jsonl", "holdout127", 0.94, 0.84),  # 0.960/0.860 at round 33's end; 0.957/0.835 at round 32's end; 0.957/0.824 (the same with the code of round 31's start; held back all round 31)
    ("holdout126_gold.jsonl", "holdout126", 0.93, 0.81),  # 0.957/0.837 at round 32's end; 0.948/0.837 at round 31's end; 0.940/0.779 (0.937/0.779 with the code of round 30's start; held back all round 30)
    ("holdout125_gold.jsonl", "holdout125", 0.90, 0.88),  # 0.929/0.905 at round 32's end; 0.926/0.899 at round 31's end; 0.904/0.716 (0.900/0.701 with the code of round 30's start; held back all round 30)
    ("holdout124_gold.jsonl", "holdout124", 0.92, 0.79),  # 0.947/0.810 at round 32's end; 0.944/0.801 at round 31's end; 0.938/0.760 at round 30's end; 0.935/0.758 (0.933/0.758 with the code of round 29's start; held back all round 29)
    ("holdout123_gold.jsonl", "holdout123", 0.94, 0.88),  # 0.969/0.903 at round 33's end; 0.963/0.875 at round 32's end; 0.957/0.864 at round 31's end; 0.954/0.818 at round 30's end; 0.951/0.814 (0.939/0.804 with the code of round 29's start; held back all round 29)
    ("holdout122_gold.jsonl", "holdout122", 0.94, 0.85),  # 0.962/0.870 at round 30's end; 0.956/0.829 at round 29's end; 0.950/0.767 (0.948/0.751 with the code of round 28's start; held back all round 28)
    ("holdout121_gold.jsonl", "holdout121", 0.93, 0.84),  # 0.952/0.864 at round 30's end; 0.942/0.841 at round 29's end; 0.932/0.776 (0.932/0.776 with the code of round 28's start; held back all round 28)
    ("holdout99_gold.jsonl", "holdout99", 0.94, 0.84),  # 0.966/0.861 (0.955/0.819 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout98_gold.jsonl", "holdout98", 0.91, 0.77),  # 0.932/0.799 (0.909/0.657 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout97_gold.jsonl", "holdout97", 0.93, 0.92),  # 0.959/0.941 (0.951/0.874 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout120_gold.jsonl", "holdout120", 0.96, 0.92),  # 0.986/0.941 at round 30's end; 0.986/0.933 at round 29's end; 0.983/0.917 at round 28's end; 0.983/0.900 (0.983/0.900 with the code of round 27's start; held back all round 27)
    ("holdout119_gold.jsonl", "holdout119", 0.94, 0.84),  # 0.966/0.864 at round 30's end; 0.962/0.838 at round 29's end; 0.956/0.776 at round 28's end; 0.948/0.677 (0.948/0.670 with the code of round 27's start; held back all round 27)
    ("holdout118_gold.jsonl", "holdout118", 0.94, 0.87),  # 0.969/0.890 at round 30's end; 0.962/0.875 at round 29's end; 0.951/0.835 at round 28's end; 0.948/0.812 (0.948/0.812 with the code of round 27's start; held back all round 27)
    ("holdout117_gold.jsonl", "holdout117", 0.94, 0.86),  # 0.962/0.888 at round 30's end; 0.958/0.867 at round 29's end; 0.955/0.795 at round 28's end; 0.955/0.735 (0.955/0.735 with the code of round 27's start; held back all round 27)
    ("holdout116_gold.jsonl", "holdout116", 0.96, 0.89),  # 0.988/0.911 at round 30's end; 0.988/0.911 at round 29's end; 0.988/0.893 at round 28's end; 0.988/0.851 (0.988/0.851 with the code of round 27's start; held back all round 27)
    ("holdout115_gold.jsonl", "holdout115", 0.95, 0.86),  # 0.975/0.881 at round 30's end; 0.968/0.833 at round 29's end; 0.936/0.781 at round 28's end; 0.936/0.773 (0.936/0.773 with the code of round 27's start; held back all round 27)
    ("holdout114_gold.jsonl", "holdout114", 0.95, 0.88),  # 0.977/0.901 at round 30's end; 0.977/0.901 at round 29's end; 0.969/0.881 at round 28's end; 0.965/0.803 (0.965/0.803 with the code of round 27's start; held back all round 27)
    ("holdout113_gold.jsonl", "holdout113", 0.95, 0.90),  # 0.979/0.925 at round 30's end; 0.974/0.916 at round 29's end; 0.966/0.855 at round 28's end; 0.961/0.817 (0.961/0.817 with the code of round 27's start; held back all round 27)
    ("holdout112_gold.jsonl", "holdout112", 0.91, 0.89),  # 0.932/0.915 at round 30's end; 0.932/0.915 at round 29's end; 0.919/0.884 at round 28's end; 0.919/0.869 (0.919/0.858 at round 27's start; held back all round 26, opened in round 27)
    ("holdout111_gold.jsonl", "holdout111", 0.93, 0.85),  # 0.954/0.874 at round 30's end; 0.951/0.828 at round 29's end; 0.932/0.806 (0.932/0.788 at round 27's start; held back all round 26, opened in round 27)
    ("holdout110_gold.jsonl", "holdout110", 0.92, 0.75),  # 0.943/0.775 at round 30's end; 0.936/0.772 at round 29's end; 0.906/0.723 at round 28's end; 0.906/0.651 (0.906/0.633 at round 27's start; held back all round 26, opened in round 27)
    ("holdout109_gold.jsonl", "holdout109", 0.95, 0.81),  # 0.972/0.839 at round 30's end; 0.972/0.834 at round 29's end; 0.964/0.815 at round 28's end; 0.961/0.805 (0.961/0.755 at round 27's start; held back all round 26, opened in round 27)
    ("holdout108_gold.jsonl", "holdout108", 0.94, 0.83),  # 0.969/0.855 at round 30's end; 0.963/0.835 at round 29's end; 0.937/0.791 at round 28's end; 0.937/0.785 (0.937/0.748 at round 27's start; held back all round 26, opened in round 27)
    ("holdout107_gold.jsonl", "holdout107", 0.96, 0.90),  # 0.981/0.923 at round 30's end; 0.975/0.916 at round 29's end; 0.965/0.909 at round 28's end; 0.959/0.842 (0.959/0.842 at round 27's start; held back all round 26, opened in round 27)
    ("holdout106_gold.jsonl", "holdout106", 0.94, 0.85),  # 0.961/0.870 at round 30's end; 0.951/0.847 at round 29's end; 0.944/0.802 at round 28's end; 0.944/0.788 (0.944/0.747 at round 27's start; held back all round 26, opened in round 27)
    ("holdout105_gold.jsonl", "holdout105", 0.95, 0.85),  # 0.972/0.873 at round 30's end; 0.969/0.869 at round 29's end; 0.950/0.821 at round 28's end; 0.940/0.792 (0.940/0.775 at round 27's start; held back all round 26, opened in round 27)
    ("holdout104_gold.jsonl", "holdout104", 0.91, 0.71),  # 0.940/0.731 (0.922/0.706 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout103_gold.jsonl", "holdout103", 0.94, 0.76),  # 0.966/0.782 (0.940/0.724 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout102_gold.jsonl", "holdout102", 0.94, 0.81),  # 0.967/0.838 (0.961/0.821 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout101_gold.jsonl", "holdout101", 0.94, 0.84),  # 0.969/0.861 (0.958/0.820 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout100_gold.jsonl", "holdout100", 0.94, 0.80),  # 0.962/0.828 (0.920/0.731 at round 26's start; held back all round 25, opened in round 26 for error analysis)
    ("holdout96_gold.jsonl", "holdout96", 0.91, 0.84),  # 0.931/0.863 (0.920/0.766 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout95_gold.jsonl", "holdout95", 0.92, 0.86),  # 0.947/0.885 (0.941/0.794 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout94_gold.jsonl", "holdout94", 0.93, 0.85),  # 0.951/0.874 (0.929/0.785 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout93_gold.jsonl", "holdout93", 0.93, 0.83),  # 0.952/0.852 (0.944/0.694 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout92_gold.jsonl", "holdout92", 0.90, 0.81),  # 0.925/0.837 (0.925/0.791 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout91_gold.jsonl", "holdout91", 0.95, 0.87),  # 0.976/0.891 (0.976/0.869 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout90_gold.jsonl", "holdout90", 0.92, 0.79),  # 0.943/0.814 (0.912/0.704 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout89_gold.jsonl", "holdout89", 0.92, 0.77),  # 0.943/0.795 (0.908/0.705 at round 25's start; held back all round 24, opened in round 25 for error analysis)
    ("holdout88_gold.jsonl", "holdout88", 0.95, 0.91),  # 0.971/0.937 (0.951/0.802 with the code of round 23's start; opened in round 23 for error analysis)
    ("holdout87_gold.jsonl", "holdout87", 0.96, 0.87),  # 0.983/0.898 (0.980/0.863 with the code of round 23's start; opened in round 23 for error analysis)
    ("holdout86_gold.jsonl", "holdout86", 0.93, 0.81),  # 0.953/0.839 (0.929/0.789 with the code of round 23's start; opened in round 23 for error analysis)
    ("holdout85_gold.jsonl", "holdout85", 0.94, 0.84),  # 0.966/0.868 (0.953/0.800 with the code of round 23's start; opened in round 23 for error analysis)
    ("holdout84_gold.jsonl", "holdout84", 0.96, 0.92),  # 0.983/0.944 (0.972/0.794 at round 24's start; held back all round 23, opened in round 24 for error analysis)
    ("holdout83_gold.jsonl", "holdout83", 0.91, 0.77),  # 0.931/0.798 (0.887/0.713 at round 24's start; held back all round 23, opened in round 24 for error analysis)
    ("holdout82_gold.jsonl", "holdout82", 0.96, 0.93),  # 0.983/0.952 (0.973/0.806 at round 24's start; held back all round 23, opened in round 24 for error analysis)
    ("holdout81_gold.jsonl", "holdout81", 0.93, 0.83),  # 0.957/0.851 (0.949/0.690 at round 24's start; held back all round 23, opened in round 24 for error analysis)
    ("holdout80_gold.jsonl", "holdout80", 0.94, 0.86),  # 0.961/0.889 (0.954/0.779 with the code of round 22's start; held back all round 22, 0.954/0.779 at its end; opened in round 23)
    ("holdout79_gold.jsonl", "holdout79", 0.93, 0.88),  # 0.957/0.904 (0.888/0.730 with the code of round 22's start; held back all round 22, 0.895/0.730 at its end; opened in round 23)
    ("holdout78_gold.jsonl", "holdout78", 0.95, 0.82),  # 0.974/0.847 (0.968/0.776 with the code of round 22's start; held back all round 22, 0.968/0.776 at its end; opened in round 23)
    ("holdout77_gold.jsonl", "holdout77", 0.95, 0.77),  # 0.971/0.794 (0.931/0.688 with the code of round 22's start; held back all round 22, 0.938/0.698 at its end; opened in round 23)
    ("holdout76_gold.jsonl", "holdout76", 0.93, 0.82),  # 0.951/0.844 (0.932/0.731 with the code of round 21's start; held back all round 21, 0.932/0.731 at its end; opened in round 22)
    ("holdout75_gold.jsonl", "holdout75", 0.94, 0.81),  # 0.966/0.837 (0.949/0.774 with the code of round 21's start; held back all round 21, 0.949/0.784 at its end; opened in round 22)
    ("holdout74_gold.jsonl", "holdout74", 0.95, 0.79),  # 0.971/0.815 (0.955/0.743 with the code of round 21's start; held back all round 21, 0.955/0.743 at its end; opened in round 22)
    ("holdout73_gold.jsonl", "holdout73", 0.93, 0.80),  # 0.956/0.821 (0.943/0.762 with the code of round 21's start; held back all round 21, 0.943/0.762 at its end; opened in round 22)
    ("holdout72_gold.jsonl", "holdout72", 0.94, 0.82),  # 0.968/0.844 (0.929/0.663 with the code of round 21's start; written at the start, opened in waves 1-3)
    ("holdout71_gold.jsonl", "holdout71", 0.96, 0.85),  # 0.983/0.875 (0.947/0.698 with the code of round 21's start; written at the start, opened in waves 1-3)
    ("holdout70_gold.jsonl", "holdout70", 0.94, 0.84),  # 0.961/0.870 (0.944/0.758 with the code of round 21's start; written at the start, opened in waves 1-3)
    ("holdout69_gold.jsonl", "holdout69", 0.92, 0.84),  # 0.948/0.868 (0.916/0.759 with the code of round 21's start; written at the start, opened in waves 1-3)
    ("holdout68_gold.jsonl", "holdout68", 0.91, 0.71),  # 0.939/0.739 (0.922/0.734 with the code of round 20's start; held back all round, scored at start and end)
    ("holdout67_gold.jsonl", "holdout67", 0.94, 0.79),  # 0.964/0.818 (0.964/0.813 with the code of round 20's start; held back all round, scored at start and end)
    ("holdout66_gold.jsonl", "holdout66", 0.92, 0.78),  # 0.947/0.801 (0.916/0.654 with the code of round 20's start; written during wave 1, opened in waves 2-3)
    ("holdout65_gold.jsonl", "holdout65", 0.96, 0.92),  # 0.981/0.941 (0.970/0.885 with the code of round 20's start; written during wave 1, opened in waves 2-3)
    ("holdout64_gold.jsonl", "holdout64", 0.93, 0.91),  # 0.956/0.936 (0.937/0.867 with the code of round 20's start; written during wave 1, opened in waves 2-3)
    ("holdout63_gold.jsonl", "holdout63", 0.88, 0.67),  # 0.907/0.691 (0.900/0.675 with the code of round 20's start; held back all round, scored at start and end)
    ("holdout62_gold.jsonl", "holdout62", 0.90, 0.81),  # 0.920/0.839 (0.916/0.773 with the code of round 20's start; held back all round: 0.777 at the end of the waves, then opened for member lists)
    ("holdout61_gold.jsonl", "holdout61", 0.95, 0.89),  # 0.971/0.916 (0.956/0.852 with the code of round 20's start; written at the start, opened in waves 1-3)
    ("holdout60_gold.jsonl", "holdout60", 0.95, 0.86),  # 0.971/0.889 (0.954/0.759 with the code of round 20's start; written at the start, opened in waves 1-3)
    ("holdout59_gold.jsonl", "holdout59", 0.94, 0.84),  # 0.965/0.860 (0.936/0.664 with the code of round 20's start; written at the start, opened in waves 1-3)
    ("holdout58_gold.jsonl", "holdout58", 0.95, 0.85),  # 0.979/0.880 (0.926/0.782 with the code of round 20's start; written at the start, opened in waves 1-3)
    ("holdout57_gold.jsonl", "holdout57", 0.91, 0.69),  # 0.933/0.714 (0.933/0.703 with the code of round 19's start; held back all round, scored at start and end)
    ("holdout56_gold.jsonl", "holdout56", 0.92, 0.76),  # 0.944/0.789 (0.940/0.764 with the code of round 19's start; held back all round, scored at start and end)
    ("holdout55_gold.jsonl", "holdout55", 0.95, 0.78),  # 0.967/0.804 (0.899/0.627 with the code of round 19's start; written during wave 1, opened in wave 2)
    ("holdout54_gold.jsonl", "holdout54", 0.93, 0.83),  # 0.955/0.856 (0.940/0.732 with the code of round 19's start; written during wave 1, opened in wave 2)
    ("holdout53_gold.jsonl", "holdout53", 0.91, 0.79),  # 0.935/0.811 (0.891/0.753 with the code of round 19's start; written during wave 1, opened in wave 2)
    ("holdout52_gold.jsonl", "holdout52", 0.95, 0.79),  # 0.970/0.815 (0.940/0.725 with the code of round 19's start; held back during wave 1)
    ("holdout51_gold.jsonl", "holdout51", 0.94, 0.88),  # 0.961/0.900 (0.935/0.753 with the code of round 19's start; opened in wave 1)
    ("holdout50_gold.jsonl", "holdout50", 0.91, 0.77),  # 0.928/0.793 (0.903/0.692 with the code of round 19's start; opened in wave 1)
    ("holdout49_gold.jsonl", "holdout49", 0.92, 0.85),  # 0.940/0.878 (0.894/0.672 with the code of round 19's start; opened in wave 1)
    ("holdout48_gold.jsonl", "holdout48", 0.92, 0.83),  # 0.937/0.859 (0.937/0.823 with the code of round 18's start; fresh, scored twice)
    ("holdout47_gold.jsonl", "holdout47", 0.90, 0.81),  # 0.914/0.835 (0.914/0.809 with the code of round 18's start; fresh, scored twice)
    ("holdout46_gold.jsonl", "holdout46", 0.94, 0.83),  # 0.957/0.857 (0.957/0.836 with the code of round 18's start; fresh, scored twice)
    ("holdout45_gold.jsonl", "holdout45", 0.96, 0.90),  # 0.997/0.942 (round 17: 0.997/0.922) (0.966/0.769 with the code of round 17's start; fresh, scored twice)
    ("holdout44_gold.jsonl", "holdout44", 0.92, 0.92),  # 0.956/0.958 (0.929/0.830 with the code of round 17's start; fresh, scored twice)
    ("holdout43_gold.jsonl", "holdout43", 0.96, 0.88),  # 0.996/0.916 (0.982/0.804 with the code of round 17's start; fresh, scored twice)
    ("holdout42_gold.jsonl", "holdout42", 0.93, 0.90),  # 0.960/0.933 (round 15: 0.952/0.900) (0.937/0.815 with the code of round 15's start; fresh, scored twice)
    ("holdout41_gold.jsonl", "holdout41", 0.94, 0.89),  # 0.972/0.926 (round 15: 0.969/0.895) (0.925/0.759 with the code of round 15's start; fresh, scored twice)
    ("holdout40_gold.jsonl", "holdout40", 0.94, 0.89),  # 0.974/0.924 (round 15: 0.963/0.885) (0.923/0.715 with the code of round 15's start; fresh, scored twice)
    ("holdout39_gold.jsonl", "holdout39", 0.94, 0.84),  # 0.971/0.876 (round 14: 0.958/0.856; 0.948/0.834 with the code of round 14's start)
    ("holdout38_gold.jsonl", "holdout38", 0.95, 0.88),  # 0.981/0.920 (round 14: 0.981/0.898; 0.972/0.847 with the code of round 14's start)
    ("holdout37_gold.jsonl", "holdout37", 0.92, 0.81),  # 0.953/0.847 (round 14: 0.937/0.815; 0.919/0.774 with the code of round 14's start)
    ("holdout36_gold.jsonl", "holdout36", 0.93, 0.94),  # 0.961/0.978 (round 13: 0.941/0.877; 0.935/0.840 with the code of round 13's start)
    ("holdout35_gold.jsonl", "holdout35", 0.94, 0.91),  # 0.977/0.951 (round 13: 0.967/0.809; 0.958/0.753 with the code of round 13's start)
    ("holdout34_gold.jsonl", "holdout34", 0.94, 0.89),  # 0.971/0.932 (round 13: 0.954/0.827; 0.945/0.795 with the code of round 13's start)
    ("holdout33_gold.jsonl", "holdout33", 0.91, 0.81),  # 0.945/0.846 (round 12: 0.886/0.563; 0.880/0.554 with the code of round 12's start)
    ("holdout32_gold.jsonl", "holdout32", 0.94, 0.89),  # 0.971/0.921 (round 12: 0.946/0.701; 0.946/0.701 with the code of round 12's start)
    ("holdout31_gold.jsonl", "holdout31", 0.92, 0.86),  # 0.952/0.898 (round 12: 0.895/0.667; 0.895/0.667 with the code of round 12's start)
    ("holdout30_gold.jsonl", "holdout30", 0.90, 0.86),  # 0.937/0.892 (round 12: 0.920/0.677; 0.896/0.641 with the code of round 12's start)
    ("holdout29_gold.jsonl", "holdout29", 0.95, 0.89),  # 0.979/0.922 (round 12: 0.954/0.778; 0.957/0.776 with the code of round 12's start)
    ("holdout28_gold.jsonl", "holdout28", 0.93, 0.89),  # 0.959/0.924 (round 12: 0.952/0.755; 0.949/0.734 with the code of round 12's start)
    ("holdout27_gold.jsonl", "holdout27", 0.94, 0.80),  # 0.972/0.831 (0.972/0.826 at the start of round 11's second cycle; fresh, scored once)
    ("holdout26_gold.jsonl", "holdout26", 0.93, 0.65),  # 0.961/0.684 (0.961/0.684 at the start of round 11's second cycle; fresh, scored once)
    ("holdout25_gold.jsonl", "holdout25", 0.91, 0.82),  # 0.944/0.856 (0.944/0.856 at the start of round 11's second cycle; fresh, scored once)
    ("holdout24_gold.jsonl", "holdout24", 0.94, 0.88),  # 0.976/0.915 (0.945/0.743 with the code of round 11's start; fresh then, error analysis in its second cycle)
    ("holdout23_gold.jsonl", "holdout23", 0.95, 0.92),  # 0.989/0.952 (0.957/0.813 with the code of round 11's start; fresh then, error analysis in its second cycle)
    ("holdout22_gold.jsonl", "holdout22", 0.93, 0.90),  # 0.963/0.935 (0.938/0.773 with the code of round 11's start; fresh then, error analysis in its second cycle)
    ("holdout21_gold.jsonl", "holdout21", 0.95, 0.91),  # 0.986/0.950 (0.925/0.738 with the code of round 10's start; fresh, scored once at round 10's end; error analysis in round 11)
    ("holdout20_gold.jsonl", "holdout20", 0.93, 0.90),  # 0.960/0.934 (0.872/0.683 with the code of round 10's start; fresh, scored once at round 10's end; error analysis in round 11)
    ("holdout19_gold.jsonl", "holdout19", 0.95, 0.93),  # 0.982/0.964 (0.939/0.728 with the code of round 10's start; fresh, scored once at round 10's end; error analysis in round 11)
    ("holdout18_gold.jsonl", "holdout18", 0.95, 0.96),  # 0.978/0.992 (0.937/0.751 with the code of round 10's start; error analysis)
    ("holdout17_gold.jsonl", "holdout17", 0.96, 0.93),  # 0.988/0.960 (0.964/0.660 with the code of round 10's start; error analysis)
    ("holdout16_gold.jsonl", "holdout16", 0.96, 0.95),  # 0.989/0.979 (0.933/0.689 with the code of round 10's start; error analysis)
    ("holdout15_gold.jsonl", "holdout15", 0.94, 0.89),  # 0.973/0.926
    ("holdout14_gold.jsonl", "holdout14", 0.94, 0.95),  # 0.974/0.986
    ("holdout13_gold.jsonl", "holdout13", 0.92, 0.92),  # 0.954/0.952
    ("holdout12_gold.jsonl", "holdout12", 0.93, 0.93),  # 0.967/0.964
    ("holdout11_gold.jsonl", "holdout11", 0.94, 0.88),  # 0.975/0.916
    ("holdout10_gold.jsonl", "holdout10", 0.93, 0.94),  # 0.961/0.969
    ("holdout9_gold.jsonl", "holdout9", 0.96, 0.95),  # 0.993/0.977
    ("holdout8_gold.jsonl", "holdout8", 0.92, 0.92),  # 0.949/0.945
    ("holdout6_gold.jsonl", "holdout6", 0.95, 0.89),  # 0.983/0.923
    ("holdout2_gold.jsonl", "holdout2", 0.97, 0.94),  # 1.000/0.973
    ("holdout_gold.jsonl", "holdout", 0.96, 0.97),  # 0.993/0.996
    ("dev_gold.jsonl", "dev", 0.97, 0.97),  # 1.000/1.000
    ("dev2_gold.jsonl", "dev2", 0.96, 0.96),  # 0.991/0.993
    ("dev3_gold.jsonl", "dev3", 0.96, 0.96),  # 0.994/0.992
    ("dev4_gold.jsonl", "dev4", 0.94, 0.93),  # 0.974/0.958
    ("dev5_gold.jsonl", "dev5", 0.96, 0.93),  # 0.985/0.961
    ("dev7_gold.jsonl", "dev7", 0.96, 0.93),  # 0.989/0.967
]


@pytest.mark.parametrize(("gold", "folder", "ent_floor", "rel_floor"), CASES)
def test_quality_floor(gold: str, folder: str, ent_floor: float, rel_floor: float) -> None:
    result = evaluate(DATA / gold, [DATA / folder])
    assert not result.failures, result.failures
    ent, rel = result.result["ent"]["f1"], result.result["rel"]["f1"]
    assert ent >= ent_floor, f"{folder}: entity F1 {ent} < {ent_floor}"
    assert rel >= rel_floor, f"{folder}: relation F1 {rel} < {rel_floor}"
