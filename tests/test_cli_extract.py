"""`timeline extract` over files: records, bad lines named with file:line, the rest still processed."""
import json

from typer.testing import CliRunner

from timeline.cli import app
from timeline.sources import read_articles

runner = CliRunner()


def test_extract_the_seed_folder(tmp_path):
    out = tmp_path / "mentions.jsonl"
    result = runner.invoke(app, ["extract", "seeds/", "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["published"] == "2022-03-09"
    body = {m["text"]: m for m in record["mentions"] if m.get("field") != "title"}
    assert body["ماي المقبل"]["span"] == ["2022-05-01", "2022-05-31"]
    assert body["أوائل كانون الاول/ديسمبر الماضي"]["span"] == ["2021-12-01", "2021-12-10"]
    assert body["أكثر من 240 سنة"]["value"] == "P240Y"
    assert any(m.get("field") == "title" for m in record["mentions"])


def test_bad_lines_are_named_and_the_rest_goes_through(tmp_path):
    articles = tmp_path / "news.jsonl"
    articles.write_text("\n".join([
        json.dumps({"id": "a", "published": "2022-03-09", "text": "قال الوزير أمس إن الاجتماع سيعقد في ماي المقبل"}),
        "{not json",
        json.dumps({"id": "b", "text": "وصل الوفد اليوم"}),
        json.dumps({"id": "c", "published": "2018-08-03", "text": "أعلنت الشركة الجمعة عن نتائجها"}),
    ]), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(articles)])
    assert result.exit_code == 1
    assert f"{articles}:2: not valid JSON" in result.stderr
    assert f"{articles}:3: article 'b' has no publication date" in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "c"]


def test_published_option_is_the_fallback_not_an_override(tmp_path):
    articles = tmp_path / "news.jsonl"
    articles.write_text(json.dumps({"id": "b", "text": "وصل الوفد أمس"}) + "\n"
                        + json.dumps({"id": "c", "published": "2018-08-03", "text": "وصل الوزير أمس"}) + "\n",
                        encoding="utf-8")
    result = runner.invoke(app, ["extract", str(articles), "--published", "2022-03-09"])
    assert result.exit_code == 0
    spans = {r["id"]: r["mentions"][0]["span"][0] for r in map(json.loads, result.stdout.splitlines())}
    assert spans == {"b": "2022-03-08", "c": "2018-08-02"}


def test_txt_without_metadata_needs_published(tmp_path):
    (tmp_path / "note.txt").write_text("عقد الاجتماع يوم 8 مارس الجاري", encoding="utf-8")
    batch = read_articles([tmp_path])
    assert batch.articles == [] and "note.txt:1" in batch.problems[0]
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2022-03-09"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["mentions"][0]["span"] == ["2022-03-08", "2022-03-08"]


def test_missing_input_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1 and "no such file or folder" in result.stderr


def test_bad_published_option():
    result = runner.invoke(app, ["extract", "seeds/", "--published", "9 March"])
    assert result.exit_code == 2


def test_extract_jobs_gives_the_same_output(tmp_path):
    import json as _json

    from typer.testing import CliRunner

    from timeline.cli import app

    lines = [_json.dumps({"id": f"a{n}", "published": "2022-03-09", "title": "",
                          "text": f"سيعقد الاجتماع {n} في ماي المقبل، وقد زار الوزير فاس يوم 8 مارس الجاري."},
                         ensure_ascii=False) for n in range(80)]
    source = tmp_path / "many.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "one.jsonl")])
    two = runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert len((tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()) == 80
