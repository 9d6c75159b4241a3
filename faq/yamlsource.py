"""Read YAML keeping the line of every mapping key and list item, so problems can be shown as `file:line`.

PyYAML's composed node tree has the marks; we walk it ourselves and build plain dicts and lists that carry the
lines alongside. Scalars are constructed by PyYAML's safe constructor, so `2026-11-22` still becomes a date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor


class YamlMap(dict[str, Any]):
    """A mapping that remembers its own line, each key's line, where each text value's first line is written
    (the line after the key for a `|` or `>` block) and any keys written twice."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}
        self.text_lines: dict[str, int] = {}
        self.duplicate_keys: list[tuple[str, int]] = []

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class YamlList(list[Any]):
    """A list that remembers its own line and each item's line."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class YamlSyntaxError(Exception):
    """The text is not valid YAML; `line` is 1-based (0 when PyYAML gives no position)."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


def parse_yaml(text: str) -> Any:
    """Parse one YAML document into YamlMap / YamlList / scalars; raises YamlSyntaxError only."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc) from None
    if node is None:
        return None
    constructor = SafeConstructor()
    try:
        return _build(node, constructor)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc) from None


def read_yaml_file(path: Path) -> Any:
    """Parse a file; unreadable files raise YamlSyntaxError too so callers have one error to report."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise YamlSyntaxError(0, f"cannot read file: {exc}") from None
    return parse_yaml(text)


def _build(node: yaml.Node, constructor: SafeConstructor) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        constructor.flatten_mapping(node)  # resolves `<<:` merge keys like the safe loader would
        mapping = YamlMap(line)
        for key_node, value_node in node.value:
            key = _build(key_node, constructor)
            key_text = str(key)
            key_line = key_node.start_mark.line + 1
            if key_text in mapping:
                mapping.duplicate_keys.append((key_text, key_line))
            mapping[key_text] = _build(value_node, constructor)
            mapping.key_lines[key_text] = key_line
            if isinstance(value_node, yaml.ScalarNode):
                block = value_node.style in ("|", ">")
                mapping.text_lines[key_text] = value_node.start_mark.line + 1 + (1 if block else 0)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = YamlList(line)
        for item_node in node.value:
            items.append(_build(item_node, constructor))
            items.item_lines.append(item_node.start_mark.line + 1)
        return items
    return constructor.construct_object(node, deep=True)


def _syntax_error(exc: yaml.YAMLError) -> YamlSyntaxError:
    context_mark = getattr(exc, "context_mark", None)
    mark = getattr(exc, "problem_mark", None) or context_mark
    if "end of stream" in str(getattr(exc, "problem", "")) and context_mark is not None:
        mark = context_mark  # an unclosed quote or bracket: point at where it was opened
    line = mark.line + 1 if mark is not None else 0
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"invalid YAML: {problem}" + (f" ({context})" if context else "")
    return YamlSyntaxError(line, message)
