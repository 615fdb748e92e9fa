#!/usr/bin/env python3
"""Trains Lede's check-worthiness model and writes the shipped weights.

usage: python3 tools/train-claims/train.py [--data DIR] [--out DIR] [--fixture FILE]

* Reads ClaimBuster `crowdsourced.csv` (CC BY 4.0) from `DIR/claimbuster/`
  (default: `../shared/data/claims`, relative to the workspace root) and
  trains a logistic regression on hashed word unigrams and bigrams plus eight
  hand features (see features.py, mirrored by
  `crates/lede-core/src/claims/features.rs`). Positive = Verdict 1
  (check-worthy factual sentence), as in CheckThat! 2023/2024.
* Quantises the bucket weights to int8 with one scale, drops those of one
  or two steps (`PRUNE`) and writes
  `weights.bin` (format below) into `--out` (default:
  `crates/lede-core/src/claims/`).
* Evaluates the quantised model on ClaimBuster `groundtruth.csv` (expert
  labels) and, when present, on the CheckThat! 2024 English test gold
  (evaluation only: the CheckThat! data never trains the shipped weights) and
  writes `MODEL_CARD.md` beside the weights.
* `--fixture FILE` also writes Python-computed scores of a few sentences
  (written for Lede's tests, not taken from any data set) for the Rust parity
  test.

weights.bin (little-endian):
  magic  b"LEDECLM1"
  u32    number of buckets (65536)
  u32    number of hand features (8)
  f32    bucket weight scale (weight = scale * int8)
  f32    bias
  f32 x8 hand feature weights
  i8 x65536 bucket weights

Deterministic: single-threaded BLAS, liblinear with a fixed random_state and
the training rows in file order, so the same data gives the same bytes. The
same bytes on every x86_64 machine too: OpenBLAS picks its kernels by CPU at
run time, and its AVX-512 kernels (SkylakeX, chosen on e.g. AMD Zen 4) round
liblinear's dot products differently from its AVX2 kernels (measured: the
last bit of two f32 hand weights, `year` and `past`, changed). So the Haswell
(AVX2) kernels are pinned (OPENBLAS_CORETYPE) wherever the CPU has AVX2; the
shipped weights were made with them.
"""

import os


def _has_avx2():
    """Whether this CPU runs OpenBLAS's Haswell kernels (x86_64 with AVX2)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            return any(line.startswith("flags") and " avx2" in line for line in f)
    except OSError:
        return False


os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
if _has_avx2():
    os.environ.setdefault("OPENBLAS_CORETYPE", "Haswell")

import argparse  # noqa: E402
import csv  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import struct  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
import sklearn  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import average_precision_score  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import features as F  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
C_REG = 0.1
MAGIC = b"LEDECLM1"

# Sentences written for Lede's parity test (not from any data set).
FIXTURE_SENTENCES = [
    "The council spent £4.5m on 120 new buses in 2021, up 12% on the year before.",
    "I think we can do better than that, don't you?",
    "Unemployment fell to 3.9 per cent last quarter, the lowest rate since 1975.",
    "Thank you very much.",
    "The minister said the ferry would run twice a day from March.",
    "Naïve café owners—“bold” ones—opened 3 shops in Zürich.",
    "",
    "We will cut taxes for forty million families.",
]


def load_claimbuster(path, with_years=False):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [r["Text"] for r in rows]
    labels = [1 if r["Verdict"].strip() == "1" else 0 for r in rows]
    if with_years:
        return texts, labels, [int(r["File_id"][:4]) for r in rows]
    return texts, labels


def temporal_holdout(texts, labels, years, first_held=2012):
    """F1, threshold, number of sentences and average precision of the same
    settings trained on the debates before `first_held` and scored
    (quantised) on the later ones: a view of how the model does on debates
    it has not seen, as CheckThat! 2024 is."""
    train = [i for i, y in enumerate(years) if y < first_held]
    held = [i for i, y in enumerate(years) if y >= first_held]
    model = LogisticRegression(solver="liblinear", C=C_REG, random_state=0, max_iter=1000)
    model.fit(matrix([texts[i] for i in train]), np.array([labels[i] for i in train]))
    qm = quantise(model)
    gold = [labels[i] for i in held]
    scores = [qm.score(texts[i]) for i in held]
    t = best_threshold(gold, scores)
    ap = average_precision_score(gold, scores)
    return prf(gold, [s >= t for s in scores])[2], t, len(held), ap


def load_checkthat(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r["Text"] for r in rows], [1 if r["class_label"].strip() == "Yes" else 0 for r in rows]


def matrix(texts):
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        buckets, hand = F.features(text)
        counts = {}
        for b in buckets:
            counts[b] = counts.get(b, 0) + 1
        for b in sorted(counts):
            rows.append(i)
            cols.append(b)
            vals.append(float(counts[b]))
        for j, v in enumerate(hand):
            if v:
                rows.append(i)
                cols.append(F.BUCKETS + j)
                vals.append(v)
    n_cols = F.BUCKETS + len(F.HAND_FEATURES)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), n_cols), dtype=np.float64)


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


class Quantised:
    """The model exactly as the Rust side computes it."""

    def __init__(self, scale, bias, hand, q):
        self.scale, self.bias, self.hand, self.q = f32(scale), f32(bias), [f32(h) for h in hand], q

    def to_bytes(self):
        out = bytearray(MAGIC)
        out += struct.pack("<II", F.BUCKETS, len(F.HAND_FEATURES))
        out += struct.pack("<ff", self.scale, self.bias)
        out += struct.pack("<%df" % len(self.hand), *self.hand)
        out += self.q.astype(np.int8).tobytes()
        return bytes(out)

    def logit(self, text):
        buckets, hand = F.features(text)
        acc = sum(int(self.q[b]) for b in buckets)
        z = self.bias + self.scale * acc
        for w, v in zip(self.hand, hand):
            z += w * v
        return z

    def score(self, text):
        return 1.0 / (1.0 + math.exp(-self.logit(text)))


# Quantised bucket weights of at most this size are set to 0 (see quantise).
PRUNE = 2


def quantise(model):
    w = model.coef_[0]
    bucket_w = w[: F.BUCKETS]
    scale = float(np.max(np.abs(bucket_w))) / 127.0
    q = np.clip(np.rint(bucket_w / scale), -127, 127).astype(np.int8)
    # Weights of one or two steps (|q| <= 2, 24% of the buckets, each
    # moving a logit by under 0.016) are dropped: zeros make the packed
    # weights, and so the web app, about 6 KB smaller gzipped.
    q[np.abs(q) <= PRUNE] = 0
    hand = [float(x) for x in w[F.BUCKETS :]]
    return Quantised(scale, float(model.intercept_[0]), hand, q)


def prf(gold, pred):
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def best_threshold(gold, scores):
    best = (0.0, 0.5)
    for i in range(5, 96):
        t = i / 100.0
        f = prf(gold, [s >= t for s in scores])[2]
        if f > best[0]:
            best = (f, t)
    return best[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "claims"))
    ap.add_argument("--out", default=os.path.join(ROOT, "crates", "lede-core", "src", "claims"))
    ap.add_argument("--fixture", help="also write the parity cases (crates/lede-core/src/claims/parity.jsonl)")
    ap.add_argument("--no-card", action="store_true", help="write only weights.bin")
    args = ap.parse_args()

    train_path = os.path.join(args.data, "claimbuster", "crowdsourced.csv")
    texts, labels = load_claimbuster(train_path)
    model = LogisticRegression(solver="liblinear", C=C_REG, random_state=0, max_iter=1000)
    model.fit(matrix(texts), np.array(labels))
    qm = quantise(model)
    blob = qm.to_bytes()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "weights.bin"), "wb") as f:
        f.write(blob)
    print(f"weights.bin: {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")

    if args.fixture:
        with open(args.fixture, "w", encoding="utf-8") as f:
            for s in FIXTURE_SENTENCES:
                buckets, hand = F.features(s)
                case = {"text": s, "buckets": buckets, "hand": hand, "logit": qm.logit(s)}
                f.write(json.dumps(case, ensure_ascii=False) + "\n")

    if args.no_card:
        return
    metrics = []
    _, _, years = load_claimbuster(train_path, with_years=True)
    holdout = temporal_holdout(texts, labels, years)
    gt_path = os.path.join(args.data, "claimbuster", "groundtruth.csv")
    gt_texts, gt_labels = load_claimbuster(gt_path)
    gt_scores = [qm.score(t) for t in gt_texts]
    threshold = best_threshold(gt_labels, gt_scores)
    metrics.append(("ClaimBuster groundtruth.csv (1,032 expert-labelled)", gt_labels, gt_scores))
    # Evaluation only (research use): never used to train or to choose settings.
    for name, label in (
        ("CT24_checkworthy_english_test_gold.tsv", "CheckThat! 2024 English test gold (341)"),
        ("CT24_checkworthy_english_dev-test.tsv", "CheckThat! 2023 English test (`dev-test`, 318)"),
    ):
        ct_path = os.path.join(args.data, "checkthat2024_en", name)
        if os.path.exists(ct_path):
            ct_texts, ct_labels = load_checkthat(ct_path)
            metrics.append((label, ct_labels, [qm.score(t) for t in ct_texts]))
    write_card(
        os.path.join(args.out, "MODEL_CARD.md"), qm, blob, len(texts), sum(labels), threshold, metrics, holdout
    )


def write_card(path, qm, blob, n, n_pos, threshold, metrics, holdout):
    lines = [
        "# Model card: Lede check-worthiness model (`weights.bin`)",
        "",
        "Generated by `python3 tools/train-claims/train.py`; do not edit by hand.",
        "",
        "## What it is",
        "A logistic regression over hashed word unigrams and bigrams (2^16 buckets, 32-bit FNV-1a,",
        "lower-cased ASCII alphanumeric tokens, digits folded to `0`) plus eight hand features",
        "(" + ", ".join(F.HAND_FEATURES) + "). Bucket weights are int8 with one f32 scale.",
        f"File: {len(blob)} bytes, sha256 `{hashlib.sha256(blob).hexdigest()}`.",
        "It scores one sentence in [0, 1]; the news rules in `crates/lede-core/src/claims/` adjust",
        "that score (boilerplate, headlines, figures, attribution, opinion) before the threshold.",
        "",
        "## Data and licence",
        f"Trained only on ClaimBuster `crowdsourced.csv` ({n:,} sentences from US presidential debates",
        f"1960-2016, {n_pos:,} positive = Verdict 1, check-worthy factual sentence). ClaimBuster:",
        "Arslan, Hassan, Li and Tremayne, *A Benchmark Dataset of Check-worthy Factual Claims*,",
        "ICWSM 2020, Zenodo 10.5281/zenodo.3609356, licence CC BY 4.0. The CheckThat! 2024 sets",
        "(research use) are used only to evaluate, never to train or to choose settings that ship.",
        "",
        "## Settings",
        f"liblinear logistic regression, C = {C_REG}, counts (not tf-idf), no class weights;",
        f"scikit-learn {sklearn.__version__}, numpy {np.__version__}.",
        f"Bias {qm.bias:.4f}, bucket scale {qm.scale:.6f}; hand weights: "
        + ", ".join(f"{n} {w:+.3f}" for n, w in zip(F.HAND_FEATURES, qm.hand))
        + ".",
        "",
        "## Metrics of the model alone (quantised, before the news rules)",
        f"Threshold {threshold:.2f} = the best F1 on ClaimBuster groundtruth (debate sentences).",
        "",
        "| data | threshold | precision | recall | F1 (positive class) |",
        "|---|---|---|---|---|",
    ]
    for name, gold, scores in metrics:
        for t in (threshold, 0.5):
            p, r, f = prf(gold, [s >= t for s in scores])
            lines.append(f"| {name} | {t:.2f} | {p:.3f} | {r:.3f} | {f:.3f} |")
    lines += [
        "",
        "The groundtruth sentences come from the same debates as the training set, so that score is",
        "optimistic: trained on the 1960-2008 debates only, the same settings reach F1 "
        f"{holdout[0]:.3f} on the",
        f"{holdout[2]:,} sentences of the 2012 and 2016 debates of crowdsourced.csv, at their best",
        f"threshold {holdout[1]:.2f} (average precision {holdout[3]:.3f}). News text differs from debates:",
        "see the news rules and the seed evaluation for the whole claims layer.",
        "",
        "## The whole claims layer (model + news rules)",
        "`DEFAULT_THRESHOLD` = 0.40 (`crates/lede-core/src/claims/mod.rs`), the best mean of the seed",
        "claim F1 and the ClaimBuster groundtruth F1; measured numbers and the choice are in",
        "`tools/train-claims/README.md`.",
        "",
        "## Commands",
        "```sh",
        "# train (pinned packages: tools/train-claims/requirements.txt; scripts/setup makes a venv)",
        "python3 tools/train-claims/train.py --fixture crates/lede-core/src/claims/parity.jsonl",
        "# the training reproduces weights.bin bit for bit",
        "cargo test -p lede-cli --test claims_weights",
        "# the whole layer on the seeds, ClaimBuster groundtruth and CheckThat! 2024 (add --sweep)",
        "D=../shared/data/claims",
        "cargo run -q --profile release-native -p lede-cli -- eval-claims --seeds ../shared/fixtures/seeds \\",
        "  --claimbuster $D/claimbuster/groundtruth.csv \\",
        "  --checkthat $D/checkthat2024_en/CT24_checkworthy_english_test_gold.tsv",
        "```",
        "",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
