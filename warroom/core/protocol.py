"""Diagnostic protocols: the checklist templates shared with the customer (rule 4).

A protocol is a TOML file (the built-in ones are in ``resources/protocols/``)::

    name = "major-incident"          # letters, digits, "-" and "_"
    title = "Major incident: ..."
    description = "When to use it"   # optional
    version = 1

    [[item]]
    section = "Symptoms"             # optional
    title = "Exact error messages"   # one line, unique in the file
    need = "..."                     # what we need
    why = "..."                      # why we need it
    use = "..."                      # what we will do with it
    next_step = "..."                # what comes next

Every text is stripped of surrounding white space when read. A file that cannot
be used raises ``InvalidInput`` that names the file, the item and the key, so a
person editing it by hand knows where to look. ``protocol_to_toml`` writes a file
that reads back as an equal ``Protocol``.

Languages (see ``warroom.core.language``): a text may be written in every
language as dotted keys (``need.en = "..."``, ``need.de = "..."``,
``need.ja = "..."``), or once, as a plain string, which is then shown as it is in
every language: a team's own protocol is written in the team's language. The
built-in protocols must give every text in every language. The fields of an item
hold the English texts (or the text written once); ``in_language`` gives the
item, or the whole protocol, in another language.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from warroom.core.errors import InvalidInput, UserError
from warroom.core.i18n import N_, _, ngettext
from warroom.core.language import SOURCE, Localized, in_language, parse_localized
from warroom.core.resources import resource

FORMAT_VERSION = 1

#: The keys of an ``[[item]]`` table, in the order they are written.
ITEM_KEYS = ("section", "title", "need", "why", "use", "next_step")
#: The four things every request to the customer says (rule 3, "lead the customer").
CUSTOMER_FIELDS = ("need", "why", "use", "next_step")
_TOP_KEYS = ("name", "title", "description", "version", "item")

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_TOML_POSITION = re.compile(
    r"^(?P<what>.*?)\s*\((?:at line (?P<line>\d+), column (?P<column>\d+)|at end of document)\)$"
)

# Hints are English msgids, translated where they are raised (see _text).
_CUSTOMER_HINT = N_(
    "every item says what we need (need), why we need it (why), what we will do "
    "with it (use) and what comes next (next_step)"
)
_ITEM_HINT = N_("an [[item]] holds only the keys {keys}")
_TOP_HINT = N_(
    "the top of the file holds only name, title, description, version and [[item]] tables"
)


def _hint(hint: str) -> str:
    return _(hint).format(keys=", ".join(ITEM_KEYS)) if hint else ""


@dataclass(frozen=True)
class ProtocolItem:
    """One checklist item: what to ask for, and the four things the customer is told."""

    section: str
    title: str
    need: str
    why: str
    use: str
    next_step: str
    #: The texts written in every language, by key; a key written once is not here.
    texts: Mapping[str, Localized[str]] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _check_texts(self, ITEM_KEYS)

    def checklist_fields(self) -> dict[str, str]:
        """Keyword arguments for ``WarRoom.add_checklist_item`` (and ``add_checklist``)."""
        return {key: getattr(self, key) for key in ITEM_KEYS}

    def text(self, key: str, lang: str) -> str:
        """The text of ``key`` (one of ``ITEM_KEYS``) in ``lang``."""
        if key not in ITEM_KEYS:
            raise ValueError(f"{key!r} is not a text of a protocol item")
        written: str = getattr(self, key)
        return in_language(self.texts, key, lang, written)

    def in_language(self, lang: str) -> ProtocolItem:
        """The same item with every text in ``lang``."""
        return replace(
            self,
            section=self.text("section", lang),
            title=self.text("title", lang),
            need=self.text("need", lang),
            why=self.text("why", lang),
            use=self.text("use", lang),
            next_step=self.text("next_step", lang),
        )


@dataclass(frozen=True)
class Protocol:
    """A named, ordered set of checklist items."""

    name: str
    title: str
    description: str
    items: tuple[ProtocolItem, ...]
    version: int = FORMAT_VERSION
    #: title and description in every language, when the file gives them so.
    texts: Mapping[str, Localized[str]] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _check_texts(self, _PROTOCOL_TEXTS)

    def text(self, key: str, lang: str) -> str:
        """The title or the description in ``lang``."""
        if key not in _PROTOCOL_TEXTS:
            raise ValueError(f"{key!r} is not a text of a protocol")
        written: str = getattr(self, key)
        return in_language(self.texts, key, lang, written)

    def in_language(self, lang: str) -> Protocol:
        """The protocol with every text, its items' too, in ``lang``; the name is kept."""
        return replace(
            self,
            title=self.text("title", lang),
            description=self.text("description", lang),
            items=tuple(item.in_language(lang) for item in self.items),
        )

    @property
    def sections(self) -> tuple[str, ...]:
        """Section names in the order they first appear ("" for items without one)."""
        return tuple(dict.fromkeys(item.section for item in self.items))

    def checklist(self) -> list[dict[str, str]]:
        """The items as ``WarRoom.add_checklist`` takes them."""
        return [item.checklist_fields() for item in self.items]


_PROTOCOL_TEXTS = ("title", "description")


def _check_texts(owner: ProtocolItem | Protocol, keys: tuple[str, ...]) -> None:
    # An item changed with dataclasses.replace keeps its old translations: refuse it
    # rather than save or show a translation of a text that is no longer there.
    for key, localized in owner.texts.items():
        if key not in keys:
            raise ValueError(f"{key!r} is not a text of {type(owner).__name__}")
        if getattr(owner, key) not in localized.as_dict().values():
            raise ValueError(
                f"{type(owner).__name__}.{key} is none of its translations: "
                "build the changed item without texts"
            )


# ---------------------------------------------------------------------------
# Reading


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _keys(keys: list[str]) -> str:
    return ", ".join(repr(k) for k in keys)


def _text(
    where: str,
    table: dict[str, Any],
    key: str,
    *,
    required: bool,
    one_line: bool = False,
    hint: str = "",
) -> str:
    if key not in table:
        if required:
            raise InvalidInput(
                _("{where}: {key} is missing").format(where=where, key=key), hint=_hint(hint)
            )
        return ""
    value = table[key]
    if not isinstance(value, str):
        if required:
            said = _("{where}: {key} must be a non-empty text, not {value}")
        else:
            said = _("{where}: {key} must be a text, not {value}")
        raise InvalidInput(
            said.format(where=where, key=key, value=_short(value)),
            hint=_('write the text in double quotes, e.g. key = "..."'),
        )
    text = value.strip()
    if required and not text:
        raise InvalidInput(
            _("{where}: {key} must be a non-empty text").format(where=where, key=key),
            hint=_hint(hint),
        )
    if one_line and len(text.splitlines()) > 1:
        raise InvalidInput(
            _("{where}: {key} must be a single line").format(where=where, key=key),
            hint=_hint(hint),
        )
    return text


def _localized(
    where: str,
    table: dict[str, Any],
    key: str,
    *,
    complete: bool,
    required: bool,
    one_line: bool = False,
    hint: str = "",
) -> tuple[str, Localized[str] | None]:
    """The text of ``key`` as the item's field holds it, and its translations if any."""
    value = table.get(key)
    if not isinstance(value, dict):
        if complete and key in table:
            # Refused, naming the key and the languages; the check is never reached.
            parse_localized(where, key, value, lambda _, text: str(text), single_allowed=False)
        return _text(where, table, key, required=required, one_line=one_line, hint=hint), None

    def check(label: str, text: Any) -> str:
        return _text(where, {label: text}, label, required=True, one_line=one_line, hint=hint)

    localized = parse_localized(where, key, value, check, single_allowed=False)
    return localized.source, localized


def _version(source: str, data: dict[str, Any]) -> int:
    if "version" not in data:
        raise InvalidInput(
            _("{where}: version is missing").format(where=source),
            hint=_("add the line: version = {version}").format(version=FORMAT_VERSION),
        )
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidInput(
            _("{where}: version must be a whole number, not {value}").format(
                where=source, value=_short(version)
            ),
            hint=_("write: version = {version}").format(version=FORMAT_VERSION),
        )
    if version != FORMAT_VERSION:
        raise InvalidInput(
            _(
                "{where}: version {version} is not supported; this warroom reads version {readable}"
            ).format(where=source, version=version, readable=FORMAT_VERSION),
            hint=_("the file was written for another release of warroom"),
        )
    return version


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def _item(
    source: str, index: int, entry: Any, seen: dict[tuple[str, str], int], complete: bool
) -> ProtocolItem:
    where = _("{source}: item {index}").format(source=source, index=index)
    if not isinstance(entry, dict):
        raise InvalidInput(
            _("{where}: must be an [[item]] table, not {value}").format(
                where=where, value=_short(entry)
            )
        )
    title, title_texts = _localized(
        where, entry, "title", complete=complete, required=True, one_line=True, hint=_ITEM_HINT
    )
    where = _("{source}: item {index} ({title!r})").format(source=source, index=index, title=title)
    unknown = [k for k in entry if k not in ITEM_KEYS]
    if unknown:
        raise InvalidInput(
            ngettext(
                "{where}: unknown key {keys}", "{where}: unknown keys {keys}", len(unknown)
            ).format(where=where, keys=_keys(unknown)),
            hint=_hint(_ITEM_HINT),
        )
    # A title is unique in every language: people pick items by title in theirs.
    titles = title_texts.pairs if title_texts else ((SOURCE, title),)
    for lang, text in titles:
        key = (lang, _title_key(text))
        if key in seen:
            label = "title" if lang == SOURCE else f"title.{lang}"
            raise InvalidInput(
                _("{where}: the {key} is used twice (also item {other})").format(
                    where=where, key=label, other=seen[key]
                ),
                hint=_("give every item its own title"),
            )
        seen[key] = index
    section, section_texts = _localized(
        where, entry, "section", complete=complete, required=False, one_line=True
    )
    fields: dict[str, str] = {}
    texts = {"title": title_texts, "section": section_texts}
    for name in CUSTOMER_FIELDS:
        fields[name], texts[name] = _localized(
            where, entry, name, complete=complete, required=True, hint=_CUSTOMER_HINT
        )
    return ProtocolItem(
        section=section,
        title=title,
        **fields,
        texts={key: value for key, value in texts.items() if value is not None},
    )


def parse_protocol(data: dict[str, Any], source: str, *, complete: bool = False) -> Protocol:
    """Check the contents of a protocol file; ``source`` names the file in errors.

    With ``complete`` every text must be written in every language (the built-in
    protocols); otherwise a text may also be written once.
    """
    version = _version(source, data)
    unknown = [k for k in data if k not in _TOP_KEYS]
    if "items" in unknown:
        raise InvalidInput(
            _("{where}: the items must be [[item]] tables, not [[items]]").format(where=source),
            hint=_hint(_TOP_HINT),
        )
    if unknown:
        raise InvalidInput(
            ngettext(
                "{where}: unknown key {keys}", "{where}: unknown keys {keys}", len(unknown)
            ).format(where=source, keys=_keys(unknown)),
            hint=_hint(_TOP_HINT),
        )
    name = _text(
        source, data, "name", required=True, hint=N_('e.g. name = "major-incident" at the top')
    )
    if not _NAME.fullmatch(name):
        raise InvalidInput(
            _(
                "{where}: name {name!r} may hold only letters, digits, '-' and '_', "
                "at most 64 characters, and no spaces"
            ).format(where=source, name=name),
            hint=_('e.g. name = "network-outage"'),
        )
    title, title_texts = _localized(
        source,
        data,
        "title",
        complete=complete,
        required=True,
        one_line=True,
        hint=N_("the title people see"),
    )
    description, description_texts = _localized(
        source, data, "description", complete=complete, required=False
    )
    entries = data.get("item")
    if isinstance(entries, dict):
        raise InvalidInput(
            _("{where}: write each item as [[item]] with double brackets, not [item]").format(
                where=source
            ),
            hint=_("one [[item]] table per checklist item"),
        )
    if entries is not None and not isinstance(entries, list):
        raise InvalidInput(
            _("{where}: item must be [[item]] tables, not {value}").format(
                where=source, value=_short(entries)
            ),
            hint=_("one [[item]] table per checklist item"),
        )
    if not entries:
        raise InvalidInput(
            _("{where}: the protocol has no items").format(where=source),
            hint=_("add at least one [[item]] table with {keys}").format(keys=", ".join(ITEM_KEYS)),
        )
    seen: dict[tuple[str, str], int] = {}
    items = tuple(
        _item(source, i, entry, seen, complete) for i, entry in enumerate(entries, start=1)
    )
    texts = {"title": title_texts, "description": description_texts}
    return Protocol(
        name=name,
        title=title,
        description=description,
        items=items,
        version=version,
        texts={key: value for key, value in texts.items() if value is not None},
    )


def load_protocol(path: Path | str, *, complete: bool = False) -> Protocol:
    """Read and check one protocol file (UTF-8 TOML); ``complete`` as for ``parse_protocol``."""
    path = Path(path)
    where = path.name or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(_("protocol file not found: {path}").format(path=path)) from None
    except OSError as exc:
        raise InvalidInput(
            _("cannot read the protocol file {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            _("{where}: line {line} is not UTF-8 text").format(where=where, line=line),
            hint=_("save the file with the UTF-8 encoding. File: {path}").format(path=path),
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            _("{where}: not valid TOML {position}").format(
                where=where, position=_toml_position(exc)
            ),
            hint=_(
                "look for a missing quote, bracket or '=' on that line or the one before. "
                "File: {path}"
            ).format(path=path),
        ) from None
    try:
        return parse_protocol(data, where, complete=complete)
    except InvalidInput as exc:
        file = _("File: {path}").format(path=path)
        exc.hint = f"{exc.hint}. {file}" if exc.hint else file
        raise


def _toml_position(exc: tomllib.TOMLDecodeError) -> str:
    message = str(exc)
    found = _TOML_POSITION.match(message)
    if not found:
        return f"({message})"
    what = found["what"]
    what = what[:1].lower() + what[1:]
    if found["line"] is None:
        return f"at the end of the file: {what}"
    return f"at line {found['line']}, column {found['column']}: {what}"


def builtin_protocols() -> list[Protocol]:
    """Every protocol shipped in ``resources/protocols``, sorted by name.

    A shipped protocol gives every text in every language; one that does not is
    refused, naming the file, the item, the key and the language.
    """
    folder = resource("protocols")
    if not folder.is_dir():
        raise InvalidInput(
            _("the built-in protocols are missing: {folder}").format(folder=folder),
            hint=_("reinstall warroom or set WARROOM_RESOURCES to its resources folder"),
        )
    protocols: list[Protocol] = []
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        protocol = load_protocol(path, complete=True)
        key = protocol.name.casefold()
        if key in files:
            raise InvalidInput(
                _("two built-in protocols are named {name!r}: {first} and {second}").format(
                    name=protocol.name, first=files[key].name, second=path.name
                ),
                hint=_("give each protocol file its own name"),
            )
        files[key] = path
        protocols.append(protocol)
    return sorted(protocols, key=lambda p: p.name)


# ---------------------------------------------------------------------------
# Writing

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
# Control and invisible characters are written as \u escapes, so that a person
# reading the file sees them (and TOML refuses the ASCII controls unescaped).
# Printable non-ASCII text (accents, CJK, Hebrew, Arabic, emoji) is written as it is.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cn"})

_HEADER = """\
# A warroom diagnostic protocol (format version 1), UTF-8 TOML.
# Top: name (letters, digits, - and _), title, description, version.
# One [[item]] table per checklist item: section, title, and the four texts
# every request to the customer carries: need (what we need), why (why we need
# it), use (what we will do with it), next_step (what comes next).
# A text is written once (key = "...") or in every language (key.en, key.de, key.ja).
"""


def _char(ch: str) -> str:
    escaped = _ESCAPES.get(ch)
    if escaped is not None:
        return escaped
    category = unicodedata.category(ch)
    if category == "Cs":
        raise InvalidInput(
            _("a text holds a broken character (lone surrogate {code})").format(
                code=f"U+{ord(ch):04X}"
            ),
            hint=_("retype the text around it"),
        )
    if category in _ESCAPED_CATEGORIES:
        code = ord(ch)
        return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"
    return ch


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string; one with line breaks as a multi-line string."""
    if "\n" not in text:
        return '"' + "".join(_char(ch) for ch in text) + '"'
    # A multi-line string drops the line break right after the opening quotes,
    # so the text starts on its own line. A quote is escaped when another quote
    # or the closing delimiter follows it: no run of three quotes can form.
    out = ['"""\n']
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append("\n")
        elif ch == '"':
            out.append('\\"' if i == last or text[i + 1] == '"' else '"')
        else:
            out.append(_char(ch))
    out.append('"""')
    return "".join(out)


def protocol_to_toml(protocol: Protocol) -> str:
    """The protocol as a TOML file that ``load_protocol`` reads back as an equal protocol.

    Raises ``InvalidInput`` when the protocol would not load again (an empty text,
    a bad name, two items with one title), naming the item, as the loader does.
    """
    lines = [_HEADER, f"name = {toml_string(protocol.name)}"]
    lines += _assignments(protocol, "title")
    if protocol.description:
        lines += _assignments(protocol, "description")
    lines.append(f"version = {protocol.version}")
    for item in protocol.items:
        lines.append("\n[[item]]")
        for key in ITEM_KEYS:
            if key == "section" and not item.section:
                continue
            lines += _assignments(item, key)
    text = "\n".join(lines) + "\n"
    # The promise is that the file loads again: check it with the loader itself.
    parse_protocol(tomllib.loads(text), f"protocol {protocol.name!r}")
    return text


def _assignments(owner: Protocol | ProtocolItem, key: str) -> list[str]:
    localized = owner.texts.get(key)
    if localized is None:
        return [f"{key} = {toml_string(getattr(owner, key))}"]
    return [f"{key}.{lang} = {toml_string(text)}" for lang, text in localized.pairs]


def save_protocol(protocol: Protocol, path: Path | str) -> None:
    """Write ``protocol_to_toml(protocol)`` to ``path`` as UTF-8, replacing it in one step."""
    path = Path(path)
    text = protocol_to_toml(protocol)
    temporary = path.with_name(path.name + ".tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(
            _("cannot save the protocol to {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
            hint=_("choose a folder you can write to"),
        ) from None
