"""spaCy's attribute ruler (tag → POS and morphology, with exceptions) applied the same way, faster.

The model's ``attribute_ruler`` runs ~180 one-token patterns through the Matcher on every token: about a
sixth of the whole pipeline's time. Almost every pattern looks at one token's tag, lower-case form,
dependency label and whether it is a space, so the rules a token meets depend on those four values only
and are computed once per distinct combination, from one bit mask per attribute value (each value is
tested once). A token's merged attributes are set in one call. Patterns over several tokens still go
through a Matcher (with only those patterns). The rules are applied in the ruler's own order, with
spaCy's own setter, so the result is the ruler's: ``tests/nlp/test_attributes.py`` compares every token
of a corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

CACHE_LIMIT = 100_000
_READ = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the attributes one-token patterns test, in ``to_array`` order


def _predicate(value) -> object:
    """A test on one attribute's value, for the Matcher's pattern forms the model's ruler uses."""
    if not isinstance(value, dict):
        return lambda v: v == value
    ((op, arg),) = value.items()
    if op == "IN":
        return lambda v: v in arg
    if op == "NOT_IN":
        return lambda v: v not in arg
    if op == "REGEX":
        compiled = re.compile(arg)
        return lambda v: compiled.search(v) is not None
    raise ValueError(f"unsupported pattern operator {op}")


class CachedAttributeRuler:
    def __init__(self, nlp: Language, ruler: AttributeRuler | None = None) -> None:
        self.ruler = ruler
        # One-token pattern (a bit of the masks below) → its rule; None for the first token of a pattern
        # over several tokens, tested only to know whether the Matcher can find anything in a document.
        self.single: list[int | None] = []
        self.openers = 0  # the bits of those first tokens
        self.unfiltered = False  # a pattern over several tokens whose first token the masks cannot test
        self.tests: dict[str, list[tuple[int, object]]] = {name: [] for name in _READ}
        # Tests of equality or membership ("LOWER": "'s", {"IN": [...]}), most of them: by value, one lookup
        # for a new value instead of one call per pattern.
        self.equal: dict[str, dict[object, int]] = {name: defaultdict(int) for name in _READ}
        self.untested: dict[str, int] = dict.fromkeys(_READ, 0)  # patterns with no test on the attribute
        self.masks: dict[str, dict[int, int]] = {name: {} for name in _READ}
        self.multi = Matcher(nlp.vocab)
        self.cache: dict[tuple, tuple[dict, bool]] = {}
        self.by_mask: dict[int, dict] = {}
        if ruler is None:
            return
        for rule_id, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                if len(pattern) == 1 and set(pattern[0]) <= set(_READ):
                    self._add_token(pattern[0], rule_id)
                    continue
                self.multi.add(str(rule_id), [pattern])
                if set(pattern[0]) <= set(_READ):
                    self.openers |= self._add_token(pattern[0], None)
                else:
                    self.unfiltered = True

    def _add_token(self, token: dict, rule_id: int | None) -> int:
        """A bit for a one-token pattern, tested on the four attributes: the bit."""
        bit = 1 << len(self.single)
        self.single.append(rule_id)
        for name in _READ:
            if name in token:
                self._add_test(name, bit, token[name])
            else:
                self.untested[name] |= bit
        return bit

    def _add_test(self, name: str, bit: int, value) -> None:
        if isinstance(value, dict) and set(value) == {"IN"}:
            for item in value["IN"]:
                self.equal[name][item] |= bit
        elif isinstance(value, dict):
            self.tests[name].append((bit, _predicate(value)))
        else:
            self.equal[name][value] |= bit

    def _mask(self, name: str, value: int, strings) -> int:
        """The one-token patterns whose test on one attribute the value passes: a token's rules are the
        patterns that pass on all four, so each attribute's distinct values are tested once."""
        masks = self.masks[name]
        found = masks.get(value)
        if found is None:
            text = bool(value) if name == "IS_SPACE" else strings[value]
            found = self.untested[name] | self.equal[name].get(text, 0)
            for bit, test in self.tests[name]:
                if test(text):
                    found |= bit
            if len(masks) > CACHE_LIMIT:  # a corpus's forms are many: keep memory bounded
                masks.clear()
            masks[value] = found
        return found

    def _attrs_for(self, key: tuple[int, int, int, int], strings) -> tuple[dict, bool]:
        """What the token's one-token rules set, merged in the ruler's order: every attribute is set by
        plain assignment, so the last rule setting it wins, as when the rules are applied one by one.
        And whether the token may open a pattern over several tokens."""
        found = self.cache.get(key)
        if found is None:
            # A corpus's tokens meet few distinct sets of rules: each set is merged once.
            mask = self._rules_mask(key, strings)
            attrs = self.by_mask.get(mask)
            if attrs is None:
                attrs = self.by_mask[mask] = self._merged(self._mask_rules(mask))
            found = (attrs, bool(mask & self.openers))
            if len(self.cache) > CACHE_LIMIT:
                self.cache.clear()
            self.cache[key] = found
        return found

    def _merged(self, rules) -> dict:
        assert self.ruler is not None
        merged: dict = {}
        for rule_id in rules:
            merged.update(self.ruler.attrs[rule_id])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        assert self.ruler is not None, "CachedAttributeRuler needs the model's attribute ruler"
        strings = doc.vocab.strings
        # The four values as hashes from one array: no token object is made for a token without rules.
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        found = [self._attrs_for(tuple(key), strings) for key in keys]
        extra: dict[int, list[int]] = defaultdict(list)
        # The Matcher walks every token: it runs only when some token may open one of its patterns.
        if len(self.multi) and (self.unfiltered or any(opens for _, opens in found)):
            for match_id, start, end in self.multi(doc, allow_missing=True):
                rule_id = int(strings[match_id])
                index = self.ruler.indices[rule_id]
                extra[doc[start:end][index].i].append(rule_id)
        for i, (key, (attrs, _)) in enumerate(zip(keys, found, strict=True)):
            if i in extra:
                attrs = self._merged(sorted({*self._rules(tuple(key), strings), *extra[i]}))
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _rules(self, key: tuple[int, int, int, int], strings) -> set[int]:
        return set(self._mask_rules(self._rules_mask(key, strings)))

    def _rules_mask(self, key: tuple[int, int, int, int], strings) -> int:
        mask = -1
        for name, value in zip(_READ, key, strict=True):
            mask &= self._mask(name, value, strings)
        return mask

    def _mask_rules(self, mask: int) -> list[int]:
        """The rules of the patterns in ``mask``, in the ruler's order, once each."""
        rules = (self.single[i] for i in range(len(self.single)) if mask >> i & 1)
        return sorted({rule for rule in rules if rule is not None})


@Language.factory("bilat_attributes", default_config={})
def make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    # The model's ruler is handed over by build_nlp, which has the loaded pipeline.
    return CachedAttributeRuler(nlp)


def use_cached_attribute_ruler(nlp: Language) -> None:
    """Put the cached ruler in the place of the model's ``attribute_ruler``."""
    ruler = nlp.get_pipe("attribute_ruler")
    component = nlp.add_pipe("bilat_attributes", before="attribute_ruler")
    component.__init__(nlp, ruler)
    nlp.remove_pipe("attribute_ruler")
