"""Lists of people read forwards from their first item, with their parts.

"6 soldiers and a civilian", "killed three civilians, two women and a child, and", "many
insurgents, including three commanders", "9 (5 Burkinabe and 4 civilians)", "two of them
seriously": the items, and the parts that are subsets of an item before them.
"""

from __future__ import annotations

from crawler.extract.after_people import AfterPeople
from crawler.extract.asides import SHARES
from crawler.extract.groups import ROLES
from crawler.extract.kin_names import NamedKin
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, LEAVING
from crawler.extract.victim_nouns import AGE_WORD, ONE_OF_AN_AGE, PARENTS, Victim, lower_bounds
from crawler.extract.word_classes import ADVERBS, AUX, HOW_BADLY, KIN, POSSESSIVES, PREPOSITIONS, QUOTE_MARKS, verb_like

# People of no particular kind, and the kinds an aside may break them down into.
GENERAL_PEOPLE = frozenset("people persons civilians individuals members residents villagers palestinians".split())
# People of any kind at all, whom an aside may break down by role ("seven people, five policemen and
# two civilians,"): no list would count "people" beside policemen.
_ANY_PEOPLE = frozenset("people persons individuals".split())
_KINDS_OF_PEOPLE = frozenset(
    """women woman men man children child boys boy girls girl infants infant babies baby toddler
    mother father son daughter sons daughters brother sister brothers sisters wife husband
    grandmother grandfather grandchild grandchildren elderly teenager teenagers""".split()
)
# Children, whom an aside may break down as children ("her two children, a boy and a girl"; not
# "two children, a woman and an old man", four people).
_CHILDREN = frozenset({"children", "kids", "siblings", "grandchildren"})
_KINDS_OF_CHILDREN = frozenset(
    """boys boy girls girl infants infant babies baby toddler toddlers son daughter sons daughters brother
    sister brothers sisters teenager teenagers grandchild grandson granddaughter twins""".split()
)
_ASIDE_CLOSERS = frozenset({"–", "—", "-", ")"})
_PARTS_OPENERS = (["among", "them"], ["among", "whom"], ["among", "those"], ["of", "whom"])


class RightLists(NamedKin, AfterPeople):
    """Reads a list of people forwards, and the parts of its items."""

    def list_right(self, k: int, object_position: bool) -> list[Victim]:
        """The people starting at item ``k``: "6 soldiers and a civilian"."""
        items = self.items
        victims: list[Victim] = []
        while k < len(items):
            while k < len(items) and items[k].text in QUOTE_MARKS:
                k += 1
            if k >= len(items):
                break
            victim, last = self._as_many_right(k, victims[-1]) if victims else (None, k - 1)
            if victim is None:
                last = self.np_right_end(k)
                if last < k:
                    break
                # "killed Ahmed, 14, and his brother"; "killed Abdul Wahid and Rahimullah", one word
                # beside a full name or a count of others ("killed Neda and dozens of others"; not "two
                # children, Ahmed and Sara", the names of the counted)
                paired = self._pair_partner_words(k) > 1 and (not victims or self._named_one(victims[-1]))
                one = k == last and (self._aged_name(k) or paired or self._name_beside_others(k))
                victim = self._victim_in(k, last, singular=one, allow_definite=object_position)
                if victim is None and items[k].low in POSSESSIVES:
                    # "and their children, Lina and Omar", "killed his sons Ali (12) and Omar (9)"
                    victim = self._named_kin(k, last) or self.possessed_kin_named(k)
                    last = last if victim is None else victim.last
                elif victim is None and (victim := self.plural_kin_named(k)) is not None:
                    last = victim.last  # "brothers Karim and Nabil Haddad"
            if victim is not None and victims and (
                self._opens_a_clause(k, last) or self._next_killer(k, last) or self._ranked_one_opens_a_clause(k, last)
            ):
                break  # "one at a mosque killing 5, another at a market killing 7": another bomb
            if victim is None and victims and self._joined_to_counted(k, last):
                k = last + 2  # "all 259 passengers and crew and 11 people on the ground": the crew are of the 259
                continue
            if victim is None:
                victims.extend(self._parts_of_uncounted(k, last))
                break
            victims.append(victim)
            parent = len(victims) - 1
            k = last + 1
            one_of_the_whole = False
            if k + 1 < len(items) and items[k].low == "of" and items[k + 1].is_count and items[k - 1].low in PARENTS:
                k += 2  # "a father of five and his son": two people
            elif k + 1 < len(items) and items[k].low == "of" and items[k + 1].is_count and self._aged_one(victim, k):
                k += 2  # "a boy of 14 and his father": two people
            elif victim.first == victim.last and (whole := self.whole_of(victim.first, len(items) - 1)) is not None:
                k = self.np_right_end(whole) + 1  # "one of the two bombers and nine civilians": ten people
                one_of_the_whole = victim.count == 1
            k, parts = self._breakdown_right(victim, k)
            for part in parts:
                part.subset, part.parent = True, parent
            victims.extend(parts)
            if k < len(items) and items[k].text == "(":
                close = self.matching(k)
                added = k + 1 < len(items) and items[k + 1].text == "+"  # "Death toll 38 (+3 perpetrators)"
                for sub in self._counts_in(k + 1, close - 1):
                    sub.subset, sub.parent = not added, None if added else parent
                    victims.append(sub)
                k = close + 1
            subsets = self.subsets_after(self.past_adverbials(k))
            for sub in subsets:
                sub.parent = parent
            if subsets:
                victims.extend(subsets)
                k = subsets[-1].last + 1
                if k + 1 < len(items) and items[k + 1].text == "," and (items[k].low in HOW_BADLY or items[k].low == "fatally"):
                    k += 1  # "wounded four soldiers, one of them fatally, and two civilians"
                if k < len(items) and items[k].text == ",":
                    k += 1
            k = self._past_both_aside(victims, self._past_share_aside(self._skip_place_in_list(k)))
            if k + 1 < len(items) and items[k].text == "," and self._is_age(k + 1):
                k = self._past_both_aside(victims, k + 2)  # "Ahmed Nasr, 45, and his son Omar, 12(, both of Gaza)"
            k = self._past_ages_right(victim, k)
            k = self._past_age_order_aside(victim, k)
            closed_aside = False
            if (
                self._appositive_after(victim, k)
                or self._name_after_description(victim, k)
                or self._description_after(victim, k)
                or self._kin_of_the_named_after(victims, k)
                or (one_of_the_whole and self._one_of_the_whole_described(k))
            ):
                k = self._skip_appositive(k)
                closed_aside = items[k - 1].text == ","
            if k < len(items) and items[k].low in ("and", "&"):
                k += 1
            elif closed_aside:
                pass  # "killed Hassan Saleh, a fisherman, his two wives and ...": the list goes on past the aside's comma
            elif k < len(items) and items[k].text == "," and k + 1 < len(items):
                if self._names_the_counted(victim, k + 1):
                    k = self._past_names_to_more(k + 1)
                    if k < 0:
                        break
                    continue
                k += 1
                if items[k].low in ("and", "&"):
                    k += 1
            elif [item.low for item in items[k : k + 3]] == ["as", "well", "as"]:
                k += 3
            elif self._entry_after_semicolon(k):
                k += 2 if items[k + 1].low == "and" else 1  # "Ahmad Saleh, 60; Reem Saleh, 25; and Omar, 3"
            else:
                break
            if k < len(items) and (items[k].low in ACTIVE or items[k].low in LEAVING or items[k].low in AUX):
                break
            if self._starts_clause(k) or self._verb_with_object(k) or self._of_them(k) or self._source_after(k):
                break  # "four aid workers, one of whom was later found dead": a clause of their own
            if self._of_the_dead(k):
                break  # "killing 20 men, and six of the dead were beheaded": a part told after the list
            if self._one_of_a_kind_at(k):  # "killed three civilians, one a child,": one of them, told by its kind
                k = self._past_one_of_a_kind(k)
                if k < 0:
                    break  # "..., one a child, in the village"
        return victims

    def _kin_of_the_named_after(self, victims: list[Victim], k: int) -> bool:
        """Whether the comma ``k`` after people named one by one opens whose kin they are, as
        monitors write of a family: "injured Lina Odeh, Samira's daughter, and", "killed Lina and
        Reem Odeh, Samira's daughters, and Fatima Odeh, Samira's mother,", "Islam and Khaled's
        daughters": the names told again, no more people.  Kin in the plural need two names
        before them ("killed Ali Odeh, Samira's sons, and": the sons are more people)."""
        items = self.items
        if k + 2 >= len(items) or items[k].text != "," or not victims or not self._named_one(victims[-1]):
            return False
        owner = k + 1
        if owner + 2 < len(items) and items[owner].is_cap and items[owner + 1].low == "and":
            owner += 2  # "Islam and Khaled's daughters"
        if not items[owner].is_cap or not items[owner].low.endswith(("'s", "’s")):
            return False
        end = owner + 1
        while end < len(items) and items[end].low in KIN and not items[end].is_cap:
            end += 1
        if end == owner + 1 or (end < len(items) and items[end].text not in ",.;"):
            return False
        if end + 1 < len(items) and items[end].text == "," and (items[end + 1].is_cap or AGE_WORD.fullmatch(items[end + 1].low)):
            return False  # "Ahmed Odeh, Ayman's wife, 35-year-old Mai Odeh,": the kin named, one more person
        if self.singular_kin_or_role(end - 1, end - 1):
            return True
        return len(victims) >= 2 and all(self._named_one(v) and not v.subset for v in victims[-2:])

    def _one_of_a_kind_at(self, k: int) -> bool:
        """Whether one of the people before is told by its kind from ``k`` to the next mark ("one a
        child,", "one an elderly shepherd.")."""
        return k < len(self.items) and self._one_of_a_kind(k, self._mark_after(k) - 1)

    def _past_one_of_a_kind(self, k: int) -> int:
        """The next item of the list after one of its people told by its kind at ``k`` ("two
        fighters, one a commander, and a civilian"); -1 when the list ends there."""
        items = self.items
        end = self._mark_after(k)
        if end + 2 < len(items) and items[end].text == "," and items[end + 1].low in ("and", "&"):
            return end + 2
        return -1

    def _mark_after(self, k: int) -> int:
        """The first comma, stop or colon from ``k`` on, a few words at most (else the end)."""
        items = self.items
        return next((j for j in range(k, min(len(items), k + 6)) if items[j].text in ",.;:"), len(items))

    def _entry_after_semicolon(self, k: int) -> bool:
        """Whether the semicolon at ``k`` links entries of a monitor's list of the named ("Killed
        were: Ahmad Saleh, 60; Reem Saleh, 25; and Omar Saleh, 3"): a name or someone's kin
        follows, and the words up to the next semicolon or the end tell no verb of their own (not
        "killed Ahmad Saleh; Reem Haddad was injured")."""
        items = self.items
        if k + 1 >= len(items) or items[k].text != ";":
            return False
        start = k + 2 if items[k + 1].low == "and" else k + 1
        if start >= len(items) or not (items[start].is_cap or items[start].low in POSSESSIVES):
            return False
        for item in items[start:]:
            if item.text == ";":
                return True
            if item.is_word and not item.is_cap and (item.low in AUX or verb_like(item.low)):
                return False
        return True

    def _opens_a_clause(self, k: int, last: int) -> bool:
        """Whether a bare "another" or "one" at ``k`` after a comma in a list of people is the
        subject of a clause of its own, a verb or a place right after it ("killed 5, another
        killed 7", "killing 5, another at a market killing 7"), not one person more."""
        items = self.items
        if k != last or items[k].low not in ("another", "one") or items[k - 1].text != "," or last + 1 >= len(items):
            return False
        after = items[last + 1].low
        return after in ACTIVE or after in PREPOSITIONS

    def _ranked_one_opens_a_clause(self, k: int, last: int) -> bool:
        """Whether "a" and an ordinal alone from ``k`` to ``last`` after "and", then one person
        described between commas, is the subject of a clause of its own, its verb right after the
        aside ("killed seven members of the family, and an eighth, a neighbour, died of her
        wounds", "and a fourth, a passer-by, was injured"): read with its own verb, as one person."""
        items = self.items
        rank = items[last].quantity
        if last != k + 1 or items[k - 1].low != "and" or rank is None or not rank.ordinal:
            return False
        if last + 2 >= len(items) or items[last + 1].text != "," or items[last + 2].low not in ("a", "an"):
            return False
        close = next((j for j in range(last + 3, min(len(items), last + 12)) if items[j].text in ",;.:()"), None)
        if close is None or items[close].text != "," or close + 1 >= len(items):
            return False
        after = items[close + 1].low
        return after in AUX or after in ADVERBS or after in INTRANSITIVE or verb_like(after)

    def _next_killer(self, k: int, last: int) -> bool:
        """Whether the people from ``k`` to ``last`` after "and" are the subject of a clause of their
        own, an active verb and its counted people right after them or after a place ("a car bomb
        killed nine and a suicide bomber in Kadhimiya killed seven", "killed three and a gunman
        wounded two"), as entries telling several attacks run on; not one person more ("killed
        two policemen and a soldier in Tikrit")."""
        items = self.items
        if items[k - 1].low != "and":
            return False
        verb = last + 1
        if verb < len(items) and items[verb].low in PREPOSITIONS:  # a place of a few words: "at the gate"
            verb = next((j for j in range(verb + 1, min(len(items), verb + 6)) if not items[j].is_word or items[j].low in ACTIVE), verb)
        return verb + 1 < len(items) and items[verb].low in ACTIVE and items[verb + 1].is_count

    def _joined_to_counted(self, k: int, last: int) -> bool:
        """Whether the bare plural of people at ``k`` is joined by "and" to the counted people
        before it, sharing their number ("259 passengers and crew", "20 soldiers and civilians"),
        and more people follow after another "and"."""
        items = self.items
        if k != last or items[k - 1].low != "and" or items[k].is_cap or not (self.people_word(k) or items[k].low == "crew"):
            return False
        return last + 2 < len(items) and items[last + 1].low == "and" and items[last + 2].is_count

    def _one_of_the_whole_described(self, k: int) -> bool:
        """ "killing one of the two bombers, Thomas Begley, and nine civilians", "shot dead one of the
        three attackers, a 24-year-old man,": the one of a whole told by name or by what he was in an
        aside opening at ``k``, right after the whole's noun (one person, not two)."""
        items = self.items
        if k + 2 >= len(items) or items[k].text != ",":
            return False
        if self._name_after_description(Victim(k - 1, k - 1, 1), k):  # the one the whole's noun stands for
            return True
        close = next((j for j in range(k + 2, min(len(items), k + 14)) if items[j].text in ",;.:()" or items[j].low == "and"), None)
        return items[k + 1].low in ("a", "an") and close is not None and items[close].text in ",;."

    def _aged_one(self, victim: Victim, of: int) -> bool:
        """Whether ``victim``, ending right before "of" at ``of``, is one person whose age follows
        ("a boy of 14", "a woman of 60")."""
        items = self.items
        return victim.count == 1 and items[victim.first].low in ("a", "an") and items[of - 1].low in ONE_OF_AN_AGE

    def subsets_after(self, k: int) -> list[Victim]:
        """ "including 4 children and one woman", "among them 3 women", "two of them seriously",
        "two seriously"."""
        items = self.items
        if k < len(items) and items[k].text == ",":
            k += 1
        if k >= len(items):
            return []
        if items[k].low == "including":
            start = k + 1
        elif [item.low for item in items[k : k + 2]] in _PARTS_OPENERS:  # "among them", "of whom"
            start = k + 2
        elif self._of_them(k):
            victim = self.victim(k, k + 2, count_at=k)
            if victim is None or self._outcome_of_their_own(k + 3):
                return []
            victim.subset = True
            victim.last = self._past_who_they_were(k + 3, victim.last)
            return [victim]
        elif items[k].is_count and k + 1 < len(items) and (items[k + 1].low in HOW_BADLY or items[k + 1].low == "fatally"):
            victim = self.victim(k, k, count_at=k)  # "injured three, two seriously", "stabbed three people, one fatally"
            if victim is None:
                return []
            victim.subset = True
            return [victim]
        else:
            return []
        subsets = self.list_right(start, object_position=False)
        if subsets and items[k].low == "of" and self._outcome_of_their_own(subsets[-1].last + 1):
            return []  # "injured 35 people, of whom 10 later died": a death of their own, read there
        for victim in subsets:
            victim.subset = True
        return self._closed_before_and([v for v in subsets if v.parent is None])

    def _past_who_they_were(self, k: int, last: int) -> int:
        """The end of "two of them officers" when a comma closes it: the words after "of them"
        say who the part are ("killed four soldiers, two of them officers, and three civilians");
        ``last`` when none do."""
        items = self.items
        if k >= len(items) or not items[k].is_word or items[k].is_count:
            return last
        end = self.np_right_end(k)
        return end if end >= k and end + 1 < len(items) and items[end + 1].text == "," else last

    def _closed_before_and(self, parts: list[Victim]) -> list[Victim]:
        """The parts of an aside that a comma closes before "and": in "killed four soldiers,
        among them two officers, and three civilians" the civilians are more of the dead, not a
        part (a longer list, "including three women, two children, and a policeman", is all
        parts; so is one that a dash or a bracket closes, "four civilians – including one woman, and
        two children – were killed")."""
        items = self.items
        if len(parts) != 2 or [item.low for item in items[parts[0].last + 1 : parts[0].last + 3]] != [",", "and"]:
            return parts
        after = parts[1].last + 1
        return parts if after < len(items) and items[after].text in _ASIDE_CLOSERS else parts[:1]

    def _past_share_aside(self, k: int) -> int:
        """Past ", most of them novices" at ``k`` to the comma closing it, in a list of people:
        "killed 33 monks, most of them novices, and 4 civilians"; else ``k``."""
        items = self.items
        if k + 5 >= len(items) or items[k].text != "," or items[k + 1].low not in SHARES:
            return k
        if [item.low for item in items[k + 2 : k + 4]] != ["of", "them"]:
            return k
        end = next((j for j in range(k + 4, min(k + 8, len(items))) if not items[j].is_word), len(items))
        if end == k + 4 or end >= len(items) or items[end].text != ",":
            return k
        return end

    def _past_both_aside(self, victims: list[Victim], k: int) -> int:
        """Past ", both farmers" or ", both aged 16" at ``k`` after two people ("killed Ali Abdi
        and Yusuf Omar, both herders, near Jamaame", "killed two civilians, both farmers"): the
        aside tells who the two were, no more people; else ``k``."""
        items = self.items
        if k + 2 >= len(items) or items[k].text != "," or items[k + 1].low != "both":
            return k
        if sum(v.count for v in victims if not v.subset) != 2:
            return k
        end = next((j for j in range(k + 2, len(items)) if not (items[j].is_word or items[j].is_count)), len(items))
        words = [item.low for item in items[k + 2 : end]]
        if not words or any(w in AUX or verb_like(w) for w in words):
            return k
        return end

    def _breakdown_right(self, victim: Victim, k: int) -> tuple[int, list[Victim]]:
        """ "killed three civilians, two women and a child, and ...", "two civilians, both
        children": an aside after people of no particular kind, or civilians of a trade ("seven
        employees of a charity, five women and two men,"), that names the same people by sex, age
        or kin; after people of any kind at all, by any role too (a list entry's "killing
        seven people, five policemen and two civilians, in an ambush").  So does a list of as many
        people, each named, after any counted people ("killed two civilians, Anwar Saleh, a
        lecturer, and his neighbour Omar Said").
        Returns the item after the aside and its parts (none: ``k``, [])."""
        items = self.items
        if k + 1 >= len(items) or items[k].text != "," or victim.count < 2:
            return k, []
        heads = {items[j].low for j in range(victim.first, victim.last + 1)}
        children = not heads & GENERAL_PEOPLE and bool(heads & _CHILDREN)
        general = children or bool(heads & GENERAL_PEOPLE)
        # civilians of a trade, told by sex or age in an aside closed by a comma: "seven employees of a
        # charity, five women and two men, in an ambush" (not "killed three workers, a woman and two children.")
        sides = {ROLES[word][1] for word in heads if word in ROLES}
        civilian_role = not general and sides == {"civilian"} and not heads & KIN
        general = general or civilian_role
        counted = victim.first + (items[victim.first].low in POSSESSIVES)  # "two sons", "her two children"
        if not general and not (items[counted].is_count and (items[k + 1].is_cap or items[k + 1].low in KIN)):
            return k, []  # named parts only: "two civilians, Anwar Saleh and ...", "her two children, daughter Aseel and ..."
        if items[k + 1].low == "both" and victim.count == 2:
            parts = [Victim(k + 1, self.np_right_end(k + 1), 2)]
        else:
            parts = self.list_right(k + 1, object_position=False)
        if not parts or sum(p.count for p in parts) != victim.count:
            return k, []
        kinds = _KINDS_OF_CHILDREN if children else _KINDS_OF_PEOPLE
        if not all(self._named_one(p) for p in parts) and not heads & _ANY_PEOPLE and not (general and (all(
            items[j].low in kinds for p in parts for j in range(p.first, p.last + 1)
            if items[j].low in ROLES or items[j].low in KIN
        ) or (not children and not civilian_role and all(self._one_described_part(p) for p in parts)))):
            return k, []
        end = parts[-1].last + 1
        if end < len(items) and items[end].text not in ",.;" and items[end].low != "and":
            return k, []
        if civilian_role and (end >= len(items) or items[end].text != ","):
            return k, []
        return (end + 1 if end < len(items) and items[end].text == "," else end), parts

    def _parts_of_uncounted(self, first: int, last: int) -> list[Victim]:
        """ "many terrorists, including two suicide bombers": at least the two."""
        if not self.people_word(last) and self.items[first].low not in ("many", "dozens"):
            return []
        return lower_bounds(self.subsets_after(last + 1))
