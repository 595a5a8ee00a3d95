"""The deterministic safety layer, on its own phrasings (tests/safety/) and on named cases."""
import pytest
import yaml

from bot.patterns import PatternError
from bot.safety import SafetyDetector
from bot.safety_report import DEFAULT_PHRASINGS, evaluate, load_phrasings
from tests.conftest import training_examples

PHRASINGS = load_phrasings(DEFAULT_PHRASINGS)


def emergency_only(rules, emergency, **options):
    """A detector whose only signal is an emergency: the option under test and nothing else."""
    signals = {"emergency": emergency, "child_disclosure": {}, "stop_it_now": {}}
    return SafetyDetector({"rules": rules, **options, "signals": signals})


def test_phrasings_are_many_and_not_training_data():
    assert sum(len(texts) for texts in PHRASINGS.values()) >= 150
    training = {text.lower() for _, text in training_examples()}
    overlap = [text for texts in PHRASINGS.values() for text in texts if text.lower() in training]
    assert overlap == []


@pytest.mark.parametrize("text", PHRASINGS["emergency"])
def test_every_emergency_phrasing_is_caught(detector, text):
    assert detector.detect(text).signal == "emergency"


@pytest.mark.parametrize("text", PHRASINGS["none"])
def test_hard_negatives_raise_no_emergency(detector, text):
    assert detector.detect(text).signal != "emergency"


def test_recall_on_children_and_own_thoughts(detector):
    figures, _ = evaluate(PHRASINGS, detector)
    assert figures["child_disclosure"]["recall"] >= 0.85
    assert figures["stop_it_now"]["recall"] >= 0.9
    assert figures["emergency"]["false_alarms"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "nobody is in danger right now",
        "no immediate danger but i am worried about my niece",
        "it's not urgent, i just want some advice",
        "not an emergency but my neighbour's kid has bruises",
        "isn\u2019t in any danger at the moment",
        "if i ever saw a man pulling a girl into his van would i ring 999 or 101",
        # the worry dealt with for now (`demotes_ml_emergency`)
        "found messages from a man on her tablet, ive taken the tablet off her and shes asleep now",
        "he was paying my son for pictures on xbox, he told me tonight, hes blocked him and its stopped",
        "my daughter said a man in the shop grabbed her hand two days ago, she ok now",
        "she was sending pics to a boy on snapchat who turned out to be a grown man, hes blocked her now, shes 12",
        "the childminders husband plays secrets with her, we havent sent her back since",
        "one of the staff at the home said i could have extra phone time if i sat on his lap, he isnt on shift today",
        "lost my daughter at the fair for ten minutes, a steward found her and shes fine",
        "earlier tonight he turned up drunk at the door, the police came and hes in custody, were all fine now",
        "she told me at bedtime that grandad does secrets with her, shes asleep next to me now",
        "he asked my son for photos on xbox but my son didnt send any",
        "his brother said hed take her camping, which isnt until august",
        "he hasnt been round since the weekend but she says he touches her",
        "my friend keeps going to an older lads flat and says they have done stuff, shes at her own house tonight",
        "my daughter says her stepdad touches her when im on nights, im home tonight so he wont",
    ],
)
def test_negated_danger_is_not_an_emergency(detector, text):
    result = detector.detect(text)
    assert result.signal is None
    assert result.negated_danger


@pytest.mark.parametrize(
    "text",
    [
        "i dont know what to do hes hitting her",
        "i can't stop him, he's dragging my son to the car",
        "nobody will listen and he's got my daughter",
        "not sure if this is right but there's a man in my daughters bedroom",
        # a worry dealt with, or a narrowed phrase, beside danger now
        "ive taken her phone off her but he is outside the house now with a knife",
        "she's ok now but he's still got her little brother in the car and won't let him out",
        "me and my little brother are locked in the flat and mum hasnt come back since yesterday. im 9",
        "my stepdad is drunk and says hes coming in my room when mum goes to sleep. im 13. shes asleep now",
        "he wont let her out of his sight and hes got her in the car now, shes 6",
        "ive called the police, someone took her from outside school 10 mins ago",
        "he's not on duty now and he's outside her bedroom door drunk",
        "hes in the house and he wont go, my daughter is upstairs",
        "i can hear him hitting her right now and shes crying",
        "my son is 11 and hasnt come home from school, its 7pm",
        "8 yr old not home from school and no one has seen her since 3",
        "a man on the bus is showing a little girl porn videos on his phone",
        "hes coming in the bathroom now while shes in the bath, shes 7",
        "a man has just taken my son in his car",
        "ex has the kids this weekend and has sent me a photo of her saying shes his now and ill never see her again",
        "my ex just texted that hell hurt the kids tonight",
    ],
)
def test_negation_elsewhere_does_not_hide_danger(detector, text):
    assert detector.detect(text).signal == "emergency"


@pytest.mark.parametrize("text", ["help", "HELP!!", "please help", " sos "])
def test_a_bare_cry_for_help_is_an_emergency(detector, text):
    assert detector.detect(text).signal == "emergency"


@pytest.mark.parametrize(
    "text, signal",
    [
        ("im 13 and my stepdad touches me", "child_disclosure"),
        ("i'm 12 and my uncle makes me keep secrets, am i in trouble", "child_disclosure"),
        ("i was abused by my uncle when i was 8, i'm 35 now", None),
        ("i think i'm attracted to children and i need help", "stop_it_now"),
        ("my husband has sexual thoughts about kids", None),
        ("what should i do if a child is in danger", None),
        ("i want to check my new partner before he moves in", None),
        ("my sister rang me crying, her 13 year old has been sending rude pics to girls, she asked me to find out who can help", None),
        ("my daughters swim coach showed me his dbs, is that the same as this", None),
        ("health visitor here, a 15 year old told me her boyfriend is 25 and he picks her up", None),
        ("im 15 and my tutor asked me to get in bed on a video call", "child_disclosure"),
        ("lads in year 10 are sharing a pic of a girl in my form, my friend sent me it", None),
        ("im 12 and my dads mate showed me videos of people with no clothes on", "child_disclosure"),
        ("i think im being groomed by a man online, im 13", "child_disclosure"),
        ("my cousins boyfriend takes photos of me when i sleep over. im 12", "child_disclosure"),
        ("a man at the pool sent her a pic of himself, shes 11", None),
        ("hes been messaging year 8 girls for pics and my friend is one of them. im 15", None),
        ("my check came back clear but i still get a horrible feeling about him", None),
        ("i get sexual feelings about her, shes 12", "stop_it_now"),
    ],
)
def test_signals(detector, text, signal):
    assert detector.detect(text).signal == signal


def test_curly_apostrophes_read_like_straight_ones(detector):
    assert detector.detect("he\u2019s hitting her").signal == "emergency"


def test_yaml_booleans_in_word_sets_are_refused():
    config = yaml.safe_load("sets: {negator: [not, no]}\nrules: {}\nsignals: {}")
    with pytest.raises(PatternError, match="quote them"):
        SafetyDetector(config)


def test_signals_must_name_defined_rules():
    config = {
        "rules": {"danger": ["in danger"]},
        "signals": {
            "emergency": {"any": ["danger", "missing_rule"]},
            "child_disclosure": {},
            "stop_it_now": {},
        },
    }
    with pytest.raises(PatternError, match="missing_rule"):
        SafetyDetector(config)
    config["signals"]["emergency"]["any"] = ["danger"]
    config["demotes_ml_emergency"] = ["undefined_demoter"]
    with pytest.raises(PatternError, match="undefined_demoter"):
        SafetyDetector(config)


@pytest.mark.parametrize(
    "text",
    [
        # The message two wellbeing chatbots failed in 2018 (domain.md).
        "I'm being forced to have sex and I'm only 12 years old",
        "i'm only 12 and i've been forced to have sex",
    ],
)
def test_a_child_forced_into_sex_is_never_missed(detector, text):
    assert detector.detect(text).signal in ("emergency", "child_disclosure")


@pytest.mark.parametrize(
    "text",
    [
        "i overheard my neighbour's kid say her uncle hurts her",
        "my cousin was abused by our grandad when we were kids and hes still around the family babies",
        "i'm 34 and i was abused when i was little, i've never told anyone",
        "my sister's seeing some older guy off tinder and she's got 2 kids, can you check him",
        "my PE teacher used to touch me in year 8, im in first year at uni now",
        "me lad's 16 and he's been messaging 12 year old girls on snapchat asking for pics",
        "im an assistant scout leader and a parent showed me messages another leader sent a 12 yr old",
    ],
)
def test_adults_telling_about_others_or_the_past_are_not_a_child_telling(detector, text):
    assert detector.detect(text).signal is None


@pytest.mark.parametrize(
    "text",
    [
        "my ex is threatening me on whatsapp, no kids involved its just me here",
        "theres a man with a knife outside, no kids here, just me and my flatmate",
        "my neighbour is drunk and screaming at his wife again. no kids live there, its just the two of them",
    ],
)
def test_no_child_involved_blocks_the_rules_and_stops_an_ml_emergency(detector, text):
    result = detector.detect(text)
    assert result.signal is None
    assert result.negated_danger


def test_no_child_in_one_sentence_does_not_hide_a_child_in_danger_in_another(detector):
    text = "no kids here, they're at my mums. my ex has just turned up there drunk and is smashing the door in"
    assert detector.detect(text).signal == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "im a youth worker and one 14 year old showed me a message from a coach saying u look hot",
        "i'm a school nurse and a year 9 girl told me her stepdad touches her",
    ],
)
def test_a_professional_passing_on_what_a_child_said_is_not_a_child_telling(detector, text):
    assert detector.detect(text).signal is None


@pytest.mark.parametrize(
    "text",
    [
        "no kids here except the baby and he's smashing the place up",
        "theres no children in the flat apart from my 2 year old and hes got a knife",
    ],
)
def test_no_child_except_one_is_still_a_child_in_danger(detector, text):
    result = detector.detect(text)
    assert result.signal == "emergency"
    assert not result.negated_danger


def test_living_alone_speaks_for_adults_only(detector):
    """'I live alone' blocks the rules like 'no kids involved', unless a child is named anywhere."""
    alone = detector.detect("my ex is outside kicking my door in, i live on my own")
    assert alone.signal is None and alone.negated_danger
    for text in [
        "i live by myself, theres a little girl outside crying and a man is pulling her into his van",
        "my ex is kicking my door in, i live on my own with my 2 kids",
        "i live alone. the 6 year old next door is being dragged into a car by a man right now",
    ]:
        result = detector.detect(text)
        assert result.signal == "emergency", text
        assert not result.negated_danger, text


def test_an_adult_not_come_home_is_not_a_child_emergency_unless_a_child_is_with_them(detector):
    assert detector.detect("my husband hasnt come home and isnt answering his phone, hes 50").signal is None
    assert detector.detect("our lodger never came back last night, she's 31").signal is None
    for text in [
        "my husband has gone missing with our 3 year old",
        "my partner hasnt come back with the kids, hes not answering",
        "my wife has not come home, she's 38, and our baby is with her",
    ]:
        assert detector.detect(text).signal == "emergency", text


def test_an_adult_son_or_daughter_and_no_children_name_no_child(detector):
    """'my daughter is 27' and 'she has no children' leave the adult-missing rule standing."""
    assert detector.detect(
        "my daughter is 27, nobody has heard from her since friday. she hasnt been back to her flat. "
        "she has no children and lives alone"
    ).signal is None
    assert detector.detect("my son is 19. he hasnt been back to his flat, he has no kids").signal is None
    for text in [
        "my daughter is 27. she hasnt been back to her flat and her 3 year old is with her",
        "my son is 19. he has gone missing with his girlfriends baby",
    ]:
        assert detector.detect(text).signal == "emergency", text


def test_no_children_of_their_own_does_not_hide_a_child_named_elsewhere(detector):
    text = "the man next door has no kids of his own but a little girl went into his flat an hour ago screaming"
    assert detector.detect(text).signal == "emergency"


def test_a_parent_passing_on_what_their_child_showed_them_is_not_a_child_telling(detector):
    assert detector.detect("a man sent our 12 year old son porn, he showed me tonight").signal is None
    assert detector.detect("im 12 and my uncle showed me porn").signal == "child_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "last year her mums partner threatened her with a knife, shes still living in that house",
        "my flatmate threatened me with a knife last month during an argument, ive moved out",
        "some girls held my friend down in the changing rooms and took pics of her, it was last week",
        "back in may a man online was threatening to post my pics, i blocked him and it stopped, im 15",
    ],
)
def test_danger_told_with_a_past_time_is_not_an_emergency(detector, text):
    assert detector.detect(text).signal != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # a past time beside a now marker is still danger now
        "he abused my son last year and now hes outside the house banging on the window",
        "he said he'd take her next month but hes outside now trying the door",
        # "since yesterday" runs up to now
        "my stepdad has locked my little brother in his room since yesterday",
    ],
)
def test_a_past_or_later_time_does_not_hide_danger_now(detector, text):
    assert detector.detect(text).signal == "emergency"


def test_the_not_now_option_blocks_only_the_rules_it_names():
    detector = emergency_only(
        {"knife": ["with a knife"], "gone": ["gone missing"], "past": ["last year"], "now": ["now"]},
        {"any": ["knife", "gone"], "not_now": {"markers": ["past"], "unless": ["now"], "blocks": ["knife"]}},
    )
    assert detector.detect("he came at her with a knife last year").signal is None
    assert detector.detect("he is here with a knife now, he came last year too").signal == "emergency"
    assert detector.detect("she has gone missing, it happened last year too").signal == "emergency"


def test_the_end_of_a_message_reads_as_the_end_of_a_sentence():
    detector = emergency_only({"left": ["he left !with|in"]}, {"any": ["left"]})
    assert detector.detect("he left").signal == "emergency"
    assert detector.detect("he left!").signal == "emergency"
    assert detector.detect("he left with her").signal is None


def test_a_time_inside_a_harmless_phrase_still_tells_the_time():
    detector = emergency_only(
        {
            "shout": ["shouting stop"],
            "heard": ["heard screaming"],
            "report": ["heard screaming from next door last week"],
            "past": ["last week"],
            "now": ["now"],
        },
        {"any": ["shout", "heard"], "not_now": {"markers": ["past"], "unless": ["now"], "blocks": ["shout", "heard"]}},
        cancel_inside=["report"],
    )
    assert detector.detect("heard screaming from next door last week and a kid shouting stop").signal is None
    assert detector.detect("heard screaming from next door last week and now a kid shouting stop").signal == "emergency"
    assert detector.detect("heard screaming from next door and a kid shouting stop").signal == "emergency"


def test_safe_now_blocks_the_rules_but_leaves_the_classifier_to_judge(detector):
    result = detector.detect("my stepdad is hitting my sister, not tonight tho he's out")
    assert result.signal is None
    assert not result.negated_danger


def test_a_safe_statement_taken_back_at_once_blocks_nothing(detector):
    assert detector.detect("she's not here tonight, she's run off with a 30 year old man she met online, shes 13").signal == "emergency"


def test_a_turn_takes_back_only_the_rules_named_and_only_close_by():
    detector = emergency_only(
        {"knife": ["with a knife"], "away": ["not here"], "over": ["all over"], "but": ["but he"]},
        {"any": ["knife"], "unless_message": ["away", "over"]},
        taken_back={"rules": ["away"], "by": ["but"], "within": 2},
    )
    assert detector.detect("he is not here but he is coming with a knife").signal == "emergency"
    assert detector.detect("he is not here, not now, not ever, but he has a knife").signal is None
    assert detector.detect("it is all over but he came with a knife").signal is None


def test_a_turn_that_opens_another_safe_statement_takes_nothing_back():
    detector = emergency_only(
        {"knife": ["with a knife"], "away": ["not here"], "asleep": ["she is asleep"], "but": ["but she", "but he"]},
        {"any": ["knife"], "unless_message": ["away"]},
        taken_back={"rules": ["away"], "by": ["but"], "within": 2, "not_by_a_turn_opening": ["asleep"]},
    )
    assert detector.detect("he came with a knife. he is not here but she is asleep").signal is None
    assert detector.detect("he came with a knife. he is not here but he is back").signal == "emergency"


def test_a_group_together_in_message_fires_across_sentences_but_not_in_a_blocked_one():
    detector = emergency_only(
        {"gone": ["not come back"], "child": ["the boys"], "maybe": ["if"]},
        {"together_in_message": [["gone", "child"]], "unless_sentence": ["maybe"]},
    )
    assert detector.detect("they have not come back. the boys are alone").signal == "emergency"
    assert detector.detect("what if they have not come back. the boys are alone").signal is None
    assert detector.detect("the boys are alone").signal is None


def test_a_safe_for_now_statement_covers_what_was_told_before_it_not_after():
    detector = emergency_only(
        {"knife": ["with a knife"], "away": ["not here"], "safe": ["nobody is in danger"]},
        {"any": ["knife"], "unless_message": ["away", "safe"]},
        taken_back={"rules": ["away"], "by": [], "within": 2},
    )
    assert detector.detect("he came with a knife. he is not here now.").signal is None
    assert detector.detect("he is not here now. he is back with a knife").signal == "emergency"
    assert detector.detect("nobody is in danger. he is back with a knife").signal is None


@pytest.mark.parametrize(
    "text",
    [
        "its quiet now. hes hitting her again",
        "im home now. my stepdad is hitting my little brother",
        "everythings fine now, he has the baby in the car and wont give her back",
        "hes gone now and taken my daughter with him",
        "its fine now he has locked himself in with the kids",
        # the writer safe, another child not
        "im safe now but my sister is still in the house with him and hes hitting her",
        "im safe at my nans but he was hitting my little brother when i left",
        "police found him and he's back home but his sister is still missing",
        # someone else safe, another child not
        "she's safe now but he's still hitting my little brother",
        "the kids are safe now. he's coming back with a knife",
        "my daughter is safe now but he has my son in the car and wont give him back",
        "my sister is safe now but my mum's boyfriend has taken my brother",
    ],
)
def test_danger_told_after_a_safe_statement_is_caught(detector, text):
    assert detector.detect(text).signal == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "everythings calm now and my sister is asleep but earlier mums boyfriend grabbed her by the neck",
        "my mum says if i tell anyone what her bf does to me ill get taken away, im 13, im at school rn so its ok atm",
        "was at a party on friday and a lad was taking pics of my friend when she was passed out and now its going round",
        "my stepson is 15 and got caught filming girls in the school toilets, what do we do now",
        "police found him and he's back home",
        "the police came last night and took him away, my daughter is fine",
        "last year he was hitting me when i left, im safe now",
        "they're all safe now, he was hitting her earlier",
        "she's safe with me now, he hit her last night",
        "my son is safe now",
        "she won't be going round there again",
        "my partner has a conviction for grooming and im meeting him tonight to talk about it",
    ],
)
def test_danger_told_before_a_safe_statement_or_no_danger_now_is_not_an_emergency(detector, text):
    assert detector.detect(text).signal != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "hes not here tonight, hes at his mums",
        "nothing tonight but he hits her most weekends",
        "not today, she's off sick and home with me",
        "turned out it was just the telly, my daughter is asleep",
    ],
)
def test_a_turn_with_no_danger_after_it_raises_nothing(detector, text):
    assert detector.detect(text).signal is None


def test_a_child_put_out_of_the_house_is_not_settled(detector):
    assert not detector.detect("mum has kicked them out of the house, they are 8 and 10 and its midnight").negated_danger


def test_demoting_rules_stop_an_ml_emergency_but_block_no_rule():
    detector = emergency_only(
        {"knife": ["with a knife"], "settled": ["it stopped"]},
        {"any": ["knife"]},
        demotes_ml_emergency=["settled"],
    )
    assert detector.detect("it stopped last week").negated_danger
    assert not detector.detect("he was rude, and then he left").negated_danger
    assert detector.detect("it stopped but he is back with a knife").signal == "emergency"


def test_a_correction_drops_what_was_just_said_and_keeps_what_follows():
    detector = emergency_only(
        {"knife": ["with a knife"], "sorry": ["sorry i mean"]},
        {"any": ["knife"]},
        corrected={"by": ["sorry"], "within": 2},
    )
    assert detector.detect("he came with a knife, sorry i mean a stick").signal is None
    assert detector.detect("he came with a stick, sorry i mean with a knife").signal == "emergency"
    assert detector.detect("he came with a knife and was shouting loudly, sorry i mean yesterday").signal == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my stepdad is hitting my little brother, sorry no thats wrong, i mean he used to when we were small",
        "there's a man at the school gate now - sorry, i mean there was, last week",
        "hes touching her right now. no sorry i mean that was last night, shes at school today",
    ],
)
def test_danger_the_writer_takes_back_at_once_is_not_an_emergency(detector, text):
    assert detector.detect(text).signal != "emergency"


def test_a_turn_inside_a_safe_statement_takes_nothing_back():
    detector = emergency_only(
        {"knife": ["with a knife"], "found": ["found him and he is home"], "and": ["and he"]},
        {"any": ["knife"], "unless_message": ["found"]},
        taken_back={"rules": ["found"], "by": ["and"], "within": 2},
    )
    assert detector.detect("he came with a knife but we found him and he is home").signal is None
    assert detector.detect("we found him and he is home and he has come back with a knife").signal == "emergency"


def test_danger_told_after_a_correction_is_an_emergency(detector):
    assert detector.detect("he was outside last week, sorry i mean he is outside now with a knife").signal == "emergency"


def test_a_settled_statement_followed_by_news_of_now_demotes_nothing():
    detector = emergency_only(
        {"settled": ["took her phone"], "now": ["tonight"]},
        {},
        demotes_ml_emergency=["settled"],
        unsettled_by_a_later_sentence=["now"],
    )
    assert detector.detect("i took her phone. he wants to meet her tonight").negated_danger is False
    assert detector.detect("he wanted to meet her tonight. i took her phone").negated_danger
    assert detector.detect("i took her phone tonight").negated_danger


def test_news_of_now_after_a_settled_statement_leaves_the_classifier_to_judge(detector):
    text = "i took his phone off him on monday. just found his ipad and a man has told him to meet him at the bus station at 6 tonight"
    assert not detector.detect(text).negated_danger


def test_he_is_at_work_now_is_not_danger_now_but_mum_at_work_now_can_be(detector):
    assert detector.detect("mums fella keeps coming in the bathroom when im in the shower, im 14, hes at work now").signal != "emergency"
    assert detector.detect("mums at work now and hes coming up the stairs, im 12").signal == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my uncle comes round every sunday for dinner and he makes me sit on his lap, im 12",
        "my son touched his little cousin, are the police going to take him away",
        "the dog got out and we cant find him anywhere",
        "im 13 and my stepdad bangs on my door at night, hes not here tonight tho",
        "her stepdad wont let her out of his sight and it worries me",
        "can i check my sisters new man before he has my kids on their own",
        "my partner got arrested this morning and nobody will tell me which station theyve took him to",
        "every night i hear him crying next door and in the morning he has marks on his arms",
        "since the babysitter left that note my daughter wont go to bed without crying",
        "i blocked him on tiktok but other kids are still going in his lives",
        "i think about my stepdaughter in a way that scares me. nothing has happened, i want help now before it does",
        "my flatmate is 32 and hasnt come home in 3 days",
        "my husband's not home from the pub yet, he's usually back by 6",
        "the lodger my landlady just took in shares the kitchen with my kids",
        "his new girlfriend is going to be picking them up from school now, can i check her",
        "two years ago my daughter (now 12) was pinned down by a boy at a party",
        "my niece says her stepdad comes in the bathroom when she's in the bath",
        "my ex lets his mate stay over when he has our girls",
        "we're getting a lodger in the spare room and we've 3 kids under 10",
        "my ex keeps saying one day he'll take our son and we'll never see him again",
        "now then, i keep hearing the neighbours fella screaming at their lad, theres always bruises",
        "her cousin made her watch rude videos at her dads last month, shes with me now so shes fine",
        "met him online a year ago and he wants to meet my kids now, can i check him first",
        "the man in the next flat keeps asking my son to come in and see his snake",
        "seeing someone from an app, hes coming round tonight to meet my children, nothing wrong at all i just want him checked",
        "i want to apply about my childminders partner, hes in the house when my daughter is there",
        "my dad hits me with his belt when hes drunk, im 12",
        "older boys held me down in the changing rooms and took pictures, im 13",
        "my friend is 15 and seeing a 22 year old, shes at college today, i dont know who to tell",
        "can i check my new partner, hes got his kids round every weekend and my two go too",
        "someone shared pics i sent last year and now theyre going round school, im 15",
        "he texted that he will kill me tonight, we have no kids together",
        "my grandson keeps going round a neighbours flat after school and coming back wi money",
        "the new lodger will share the kitchen with my children, can i check him",
        "our foster son has been caught trying to get into his little brothers bed twice",
        "im 13 and a man down the road lets me hang out at his after school and last month he started touching me",
        "she came back from the party last saturday crying and now she wont go out",
        "got blackmailed last year, i paid and he stopped but im scared hes going to post it one day",
        "my ex says hes coming to kill me, im on my own, my kids are all grown up",
        "most nights through the wall i hear a man shouting at the kids",
        "our foster son keeps trying to get into the little ones' beds at night",
        "my granddaughter stayed at her dads last weekend, weve since found out his new partner is a registered sex offender, the girl is staying with me now",
        "her guitar teacher comes to the house on tuesdays at 5 and i found a note saying dont tell mummy",
        "my stepdad drinks and grabs me by the throat when hes angry, im 13",
        "he keeps texting that hes going to kill me. no kids involved, its just me",
        "my nephew is always covered in marks and begs not to go home after school",
        "im 16 and my boyfriend is 30 and wont let me go to college",
        "my son is 20 and hasnt come home since saturday, hes not answering",
        "the boy next door is always hungry and flinches, im not saying anything is happening today but its not right",
        "my daughters bike got taken off her by some lads at the park and now theyre messaging her",
        "the kids upstairs are left on their own a lot and ive heard their dad yell hell kill them, its calm at the min",
        "the man at 12 was jailed for abusing kids and now hes always at the park gates. no one is in danger this minute",
        "my son's father was aggressive towards me before we split and hes drinking again, the boy is with me now",
        "im not saying hes in danger tonight but an older man keeps picking my son up from school",
        "a man keeps standing by the showers at the pool watching the girls, four weeks in a row now",
        "my foster carer's brother keeps asking me to get in his car with him, im 14",
        "a boy in my class said his stepdad puts his hand in his pants when mum goes out",
        "my neighbour has a sword collection and shouts at his kids",
        "she came home late last night and i'm worried shes being groomed, shes in bed now",
        "i get locked in the shed when my stepdad is drunk, im 10",
        "ages ago when he was drunk he used to throw things at the kids, hes sober now and wants contact",
        "my partner has got her nan who has dementia to look after so i do the school runs",
        "her dad has a gun in the house but shes at her nans so safe for tonight",
        "my nephew wont go over there any more and he cries when its mentioned",
        "my ex keeps saying hes coming round tonight to kick the door in, its just me in the flat, no children",
        "my daughter went missing for a night in the summer and came home with a new phone",
        "my son said his stepmum shut him in the garage when he wet the bed, hes with me now",
        "a few years back i heard a kid being hit next door, theyve moved away now",
        "my sisters new fella is taking her kids to swimming every saturday now, can i check him",
        "the lodger is in the house with my girls when im on nights, can he be checked",
        "the kids upstairs are left alone most evenings, the baby is only 1, we hear her screaming for hours",
        "my new partner is coming over for dinner tonight to meet my daughter, can i check him first",
        "heard the dad next door yelling hed batter the lad last night, all quiet today",
        "neighbour little boy say me the man in his house do bad thing to him, touching",
        "the boy grabbed a girl in the playground",
        "a 19 yr old lad keeps picking her up after school in his car and giving her vapes, shes 12",
        "can i do the sarahs law thing online tonight, i want to find out about the new lad my sister is seeing",
        "in the waiting room at the doctors today a man was whispering to a little girl who wasnt his",
        "my ex is coming to get my kids tonight for his weekend, can i check his new girlfriend",
        "their dad is coming to take my son to football tonight, hes been in prison before",
        "a 16 yr old student told me today her mums boyfriend comes in the bathroom when shes in the shower",
        "today he said a man at the gym keeps asking him to come to his car. its not urgent",
        "he will kill her one day the way he talks to her. shes at school rn tho and safe",
        "mums seeing a guy off tinder and hes staying over tonight, can i find out if hes safe around my baby brother",
        "new maths tutor off an app, hes coming round now for the first session, can he be checked",
        "some lad in year 11 made me do stuff at a party and now its going round, im 13",
        "my ex is threatening to take the kids to pakistan next month",
        "hes threatening to take the kids abroad in a few weeks",
        "my mum is coming to get my kids at 5 today, can i check her new husband",
        "a man at the park today was taking photos of the kids, he left when i asked him",
        "heard the little boy next door crying the other night, the men in that house are rough",
        "saw a story on the local news about a paedophile and now im worried, can i check my neighbour",
        "the news about that santa made me think, can i check the man who does my kids parties",
        "my nan asked me to message for her, the kids next door get locked out in the cold",
        "someone put pics of my son on a facebook page last year, its been taken down now",
        "if it comes back bad will the police kick his door in",
        "heard screaming next door but it turned out it was just the kids playing",
        "a man threatened me ages ago, he said he would hurt my family if i didnt send pics",
        "nothings happening tonight but when she stays at her dads his mate gets in her bed",
        "hes coming round tonight to meet my kids for the first time, can i check him",
        "my 13 year old touched his little cousin, shes taken the little one home and hes in his room",
        "kids are at school so its just me, my ex is threatening to batter me",
        "her stepdad comes in the bathroom when shes in the bath and locks the door, shes 8",
        "a pupil said today her uncle puts his hand in her knickers",
        "the school sent a letter today saying a man has been hanging round the gates taking photos",
        "now hes coaching the under 11s and insists on taking the boys into the changing rooms himself",
        "my brother told me he fancies kids and asked me to help him find someone to talk to",
        "quiet now but last night the man upstairs screamed ill kill you at his kid",
        "my boyfriend kidnapped my daughters teddy as a joke",
        "im 14, he says if i tell anyone hes gonna kill me, im at home now",
        "one of my players keeps saying dad will kill me if he misses a tackle",
        "a driver keeps offering the girls lifts, he drove off sharpish when i walked over yesterday",
        "a man on my street stands at his window every morning and now hes leaving sweets on his wall",
        "shes out with older lads most nights till 3am, shes in bed right now but im worried",
        "my son's gone missing with the remote again lol, can i check my exs new husband",
        "my daughters being picked up by her dad at 6 tonight, all normal, but ive never met his girlfriend",
        "new neighbour in the flat below keeps offering to watch my kids, can you check him",
        "i applied and now im dreading the knock at the door, what happens next",
        "hes started coming round when my kids are there after school, can i check him",
        "our pe teacher has been asking us to meet him after school, i blocked him last week",
        "my lads on his xbox now screaming about getting killed in fortnite",
        "my ex grabbed our son by the arm at contact on saturday and left a mark, hes back with me now",
        "my 7 year old keeps saying his stepdad will kill him if he tells, hes with me now",
        "i saw a dad on the ward touching his daughter in a way that didnt look right, theyve been discharged now",
        "our dog got out and hes missing somewhere on the estate",
        "my mam says you only ring 999 if someone's bleeding, is that right",
        "hes not doing anything now but last night he was screaming at his kids",
        "heard shouting again tonight from the flat above, its stopped now and all quiet",
        "dont want to get halfway through the form and find im missing stuff",
        "he went to prison years ago for hurting my nephew and now hes out and shes let him back in the house",
        "im gonna kill my ex i swear, not literally lol, his brother keeps messaging my 12 yr old",
        "now my son says his dad's been messaging him on xbox asking to meet up without telling me",
        "my ex grabbed the kids' stuff and stormed off when i said im seeing someone",
        "got grabbed by a man on the way home from school last week, i ran off, im 13",
        "im going to kill him. her swimming coach keeps sitting her on his knee, shes 11",
        "my son is missing loads of school and last time i had him he had a black eye",
        "the man at the temple keeps taking my daughter for private prayers and now she cries",
        "i hear the mum screaming ill kill you at them most days. its quiet tonight",
        "shes wetting the bed again and won't let anyone help her get changed",
        "girl in my form keeps going missing from lessons and coming back with new phones",
        "sometimes i hear a man shouting inside, been weeks like this",
        "new childminder starting monday, her husband is in the house all day as well, can you check him",
        "one of the staff keeps offering me money if i go sit in his car with him, ive said no",
        "im meeting a man tonight off a dating app, he'll meet my daughter eventually, can i check him",
        "want to check the man my mum is seeing, shes got my little sisters at home (5 and 7)",
        "at the weekend a man in the next tent got in my sleeping bag, im 15",
        "our foster son has been acting out sexually and trying to get the younger kids into the den",
        "i hear their dad shouting and thumping. its quiet at the minute but its been going on for months",
        "a lass across the road, 15, keeps coming home in different cars at 3 in the morning",
        "me mams got a new bloke and shes got me little brothers who are 6 and 9, can i get him looked up",
        "im 15 and a man gave me money to get in his car last week and he did stuff to me",
        "me brothers 40 and hes not been home for 3 days, not answering his phone",
        "a pupil told me her boyfriend, she thinks he's 22, picks her up after school and gives her vodka",
        "i wish to make a request under the child sex offender disclosure scheme about my neighbour who minds my children after school",
        "it's killing me not knowing anything about my partner's past",
        "a boy in her class said hed kill her if she didnt send a pic. shes not in any danger right now",
        "im 32 and a woman recorded me on video and wants a grand or shell send it to my wife",
        "theres a massive fight outside the pub between two grown men, ones bleeding everywhere",
        "a drunk regular keeps shouting hes going to kill his brother, theyre both in their 40s",
        "we had a screaming match on the doorstep tonight at handover, i want her new man checked",
        "his wife grabbed the baby and stormed off. everyones fine and talking again",
        "mums boyfriend hits him with a belt when hes bad. hes not hitting him now but it happens loads",
        "my sister smashed my phone and now im the one grounded for screaming at her",
        "going on a first date tonight with a guy whos got a son, the kids will meet eventually",
        "im 15 and i sent pics to someone older, theyve blocked me but im scared theyll post them",
        # stop 26
        "my son is 15 and stays in his room with the door locked all weekend",
        "i was taking her upstairs for her bath when she told me what grandad does",
        "next time he has the girls he says he'll make me regret it, that's not till the 14th",
        "he has the kids this weekend, can i check his new wife",
        "im 30 now and the abuse is all coming back since i had my own baby",
        "he said he'd get her back for telling. i dont think hes coming round tonight",
        "my daughter has started locking the bathroom door when her stepdad is in",
        "she was upset at nursery this morning but shes been collected by mum now",
        "my ex keeps threatening to report me to social services",
        "they're fine and at school now, but last night he threw a plate at the wall",
        "my sister wants to end it with him tonight, she's scared of how he'll react",
        "my ex keeps threatening to make a complaint about me to the school",
        "my ex's mum keeps threatening to do one on me out of spite",
        "he has the kids this weekend and he's taking them to his mates for a barbecue",
        "my daughter has been messaging her cousin and they're meeting at the shops at 3",
        "i left the baby on her own for a minute to get the washing in and i feel awful",
        "she went missing last summer for a night, shes 14 now",
        "last week her dad slapped her for a laugh, in front of everyone",
        "my granddaughter stayed out all weekend, she is home now but i think someone is grooming her",
        "a man keeps parking by the park filming the kids on the swings, 4 times this week now",
        "ive been seeing a man for a year and he wants to meet my daughter now, can he be checked",
        "nursery just rang, my son said his dad smacked him, nursery are keeping him there till i get there",
        "my uncle abused me when i was little and now i see him on facebook with his grandkids",
        "a van pulls up at 3am most nights and girls who look about 15 get out",
        "my brother has just been released from prison, we have never been in the car with him",
        "my cousin he touches me when he stay over, he go back to his house now",
        "a boy in reception keeps trying to kiss other kids and the teacher says its normal",
        "my neighbour came round at 10 last night because her boyfriend had hit her son, theyre fine now",
        "i saw a dad shaking his toddler in the supermarket earlier and then they left",
        "just asking, if a teen does not come home by midnight is that a 999 call",
        "my husband took the baby upstairs for her bath and shes screaming the place down",
        "my son ran away on friday with a man from his gaming group, the police found him and hes home now but he wont talk about it",
        "a man took my pupil to a hotel in the summer holidays, she is in school and safe today",
        "someone was threatening to post a photo of her in the group chat, its all quiet now and she's fine",
        "my partner says hes going to kill me and hes outside now. i live alone, no kids",
        "my ex is outside screaming hes going to stab me, i dont have any children",
        "support worker, my clients daughter threatened me with a knife, no kids live there its just her and her dad",
        "we met a swimming coach online and now he wants to come to our house to teach her, can he be checked",
        "when i was 12 i sent pics to a boy and now there are pics of me on a website. im 15",
        "if i do not give my name can i still ask about him",
        "a man tried to pull my daughter into his van yesterday, she ran off",
        "my daughter ran away on monday and was found at a mans flat, shes back home and wont talk",
        "my boy got lost at the fair and he's fine, he's home now",
        "the shouting next door is every friday night, not happening now but it will be again",
        "my ex broke in at 3am on saturday shouting he was taking the kids, police came and took him away, were fine and hes been bailed",
        "i think they're hitting my daughter when she stays at her dads, she comes back with bruises",
        "he says if i tell i will never see my mum again, im 11, he does it when mum is at work",
        "we're back from holiday now but the whole week a man by the pool was filming the kids",
        "my little girl wandered off in the shop this morning and staff got her back and shes fine",
        "her stepdad collects her on fridays and she says he hurts her",
        "my 6 year old has started hiding behind the sofa when my brother visits",
        "it only just hit me what he was doing back then",
        "the bloke with the knife was arrested and the kids are fine, but i want to report what he said",
        "and now hes taking my daughter to dance every week, can i find out about him",
        "theres a man in the next room who chats to my kids, can i find out who he is",
        "can i check my sisters fella, his dad is in the house as well",
        "the council have put a man in the house next door and hes weird with kids",
        "my adult daughter has gone missing, shes not answering",
        "would a bloke parked outside the school gates count as a 101 thing or a 999 thing",
        "my new partner is going to take our kids to her caravan this summer, can i check her",
        "i keep worrying hes going to share them even though he stopped",
        "after he tried it on with her, mum took them to my nans so theyre away from him",
        "my son was found with his little cousin with her trousers down last week",
        "a man at the school keeps trying to get him to sit in his van, i want to report it",
        "im 12 and im scared of getting taken away if i tell",
        "my sister met a man at the gym last year and he's round all the time now and has started picking her boys up from school",
        "a lad took her into a room at a party last month, shes at home now and safe",
        "my brother (hes 30) hasnt come home since friday",
        "is a man threatening to share pics of my son classed as an emergency or do i ring 101",
        "heard a man shouting and a kid crying stop daddy upstairs every night this week. its 7am now and calm, she went to school",
        "im sure my sisters fella is hitting her kids, they go quiet every time he walks in",
        "my little sister keeps seeing an older lad, shes in her room now sulking because i told mum",
        "im 15 and my boyfriend said if i dont send him pics hes going to finish with me",
        "earlier today a man at the park tried to take my sons hand, hes home with me and fine",
        "my sister has taken him back even though he has a record, her kids live with them",
        "a nurse said mums partner had put his hand over her mouth at bedtime, she told the ward this morning",
        "our ponies have been taken from the paddock overnight",
        "i know now that what my uncle did to me at 9 was abuse, he still lives near us",
        "my adult sister has gone missing from her flat and nobody knows where she is",
        "my friend hasnt been seen since this morning and her partner has hurt her before, so we are worried",
        "im 15 and i get thoughts about little kids that scare me. i would never act on them but they wont go away",
        "our son said the coach touched him on friday, we will not let him go back",
        "he has my two at his flat every other weekend",
        "hes my cousin, i had not seen him for years and hes just got back in touch",
        "my partner is in the girls room putting them to bed, can i ask about his brother",
        "dad is in her room tucking her in so i have a minute to ask about the scheme",
        "my little girl is in the bath now and she told me the swimming teacher touched her leg on tuesday",
        "the man in the house where i rent a room has a record, can i get him checked",
        "some lad on a moped drove off with my bag and keys outside the co-op",
        "social services took them off their dad last year and now he wants contact",
        "my brother took my girls to swimming on saturday and they came back very quiet",
        "im typing this at 4am because i cant sleep, my sons coach messages him a lot",
        "she is at home with us now, the teacher said something odd to her today",
        "nothing's arranged yet but he keeps asking her to meet up",
        "he's driven back to Manchester now and she's in bed with me",
        "she didn't come home on saturday and turned up the next morning with a new phone",
        "the police came and took him away and the kids are back asleep now",
        "is it 999 only if a child's in danger?",
        "my stepdad comes in my room at night, hes on a night shift tonight tho, im 14",
        "my mum says if i dont leave by friday she is going to kick me out, im 16",
        "our landlord has threatened to evict us and i have two kids, who can help",
        "i was one of the parents who took them to the match, one lad said the steward touched him",
        "we are going away with the grandkids next week and my partners brother wants to come",
        "my mate will kill me for saying but her uncle keeps touching her, shes 13",
        "the man my sister is seeing has a record, he moved in last month",
        "is it 101 if he might come round again next week",
        "she went off with some older lads at the fair and came back fine but quiet, shes 14",
        "my son came out of the changing room and seemed fine but the coach had been in there with him",
        "hes not in right now, hes at work at the moment. my stepdad does stuff to me at night",
        "she is upset but ok and with me now, the babysitter showed her a video",
        "his new tutor wants to come to our house for lessons, can i check him",
        "im 14 and the lodger in the house where we live keeps coming in the bathroom, he says if i tell hell send me back to my dads",
        "my nephew keeps turning up at nursery with marks on him",
        "he says he'll batter him when he's older",
        "my stepdad hits me when no one is home",
        "she came to ours tonight upset, shes staying here so shes safe",
        "a man asked the kids to come to his van, they didnt go and he drove away.",
        "my mum let me go to the cinema with a man from church last year",
        "mum is going to chuck him out of the house",
        "im going to chuck my xbox out the window",
        "he has a gun conviction from years ago, can i check him before he moves in",
        "im 14 and i dont want to do it again, he paid me last week",
        "my daughter only told me today that her coach touched her last year",
        "my dad is away offshore for the next month so were ok for now",
        "my ex keeps threatening to take the kids abroad",
        "a man tried to get my son to come into his house tonight but he ran straight home",
        "heard him battering her last nicht through the wall",
        "the man hit one of them at the party on friday, they are staying with my nan tonight",
        "my stepdads son lives with us now and he keeps touching me, im 12",
        "dad got drunk last night and hit my sister, dads gone to work",
        "she comes back from her dads upset every weekend, shes back home with us now",
        "i sent pics to a boy and now theyre all round school and i cant face going back",
        "theres a man offering to babysit on our street, nobody knows where hes from",
        "she only took a paracetamol for her headache",
        "my flatmate has taken a load of pills and i cant wake him up",
        "my daughter took a load of pills last year when she was 14",
    ],
)
def test_habits_plans_and_adults_are_not_danger_now(detector, text):
    assert detector.detect(text).signal != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "a boy is being held down by three men behind the shops, i can see it now",
        "a man has grabbed a girl outside the school",
        "youth leader at church camp took a 12 yr old boy into his tent alone, the other leaders are asleep",
        "my sister has gone out and left her kids with the man who was done for touching children",
        "ma maws boyfriend is leatherin ma wee brother, hes 6",
        "children screaming in the flat below and a man shouting ill kill you ill kill you",
        "my ex is drunk and coming to get my kids for his weekend, hes got a knife",
        "hes coming to take my son to his flat tonight and he is not allowed",
        "my daughter told me today that the man next door is in her room right now",
        "her pics are going round and he says he'll send more tonight unless she pays",
        "some fella in his 40s keeps picking him up, he's just gone out to the car now and said dont wait up",
        "some bloke just snatched a kid from the park",
        "hes holding her down on the sofa",
        "a man is messaging my son saying send more in ten minutes or they go to his whole school",
        "my girl is 6 and has autism, the front door was open and shes been gone about 15 mins",
        "the boy upstairs is screaming and theres banging, its been going on about 20 minutes",
        "a mum in the waiting room told her little boy hes going to get a hiding when they get home",
        "my ex has a conviction for indecent images and is collecting my son from nursery today without telling me",
        "a girl on my bus mouthed help me while the man with her was looking away",
        "my niece is 12 and just got in some guys car outside the shop",
        "hes on his way round to get her, im on my own with her",
        "my nephew has blood on his legs and says his stepdad did it and hes still there",
        "my 9 year old is downstairs playing with my stepbrother and today i found out he has offences against a child",
        "he says hes coming to kill me. no kids involved. oh god the little boy next door is being dragged into his van right now",
        "my little boy fell off the bunk bed and hes not waking up properly",
        "my ex isnt allowed near our son and hes just turned up at the school gates",
        "the man says hes taking her whether her mum likes it or not",
        "i can hear him next door shouting hell kill the baby",
        "hes in the house with the kids right now when hes not allowed near them",
        "he locked her in the car when he went into the pub and its boiling",
        "my ex has just taken my daughter from school, i need to get her home and safe tonight",
        "my ex is coming round for a fight tonight and the kids are here",
        "hes in the house with her now when her mum is at work and hes not allowed near her",
        "ive just heard him say hes going to hurt her when the boys asleep",
        "her dad took her for the day and has messaged saying that was the last time you will ever see her",
        "this man from insta has booked a taxi for me and its waiting at the end of the road, im 13",
        "my stepdad said hell finish what he started when mum goes out tonight",
        "she left a note saying shes gone to meet him, hes 30 and she is 14",
        "the babysitter told my son they are going to play a secret game when his brother is asleep",
        "a girl at the bus stop mouthed call the police at me",
        "i can hear a little boy next door screaming please stop",
        "some man is trying to get a little girl into his car outside the shop",
        "hes coming up the stairs and i know what happens when he does",
        "my son is not here now, someone took him from the park",
        "her phone is off and she has not come home, shes 13",
        "my 12 year old is not home tonight and her phone is off, i cant find her anywhere",
        "a man off snap keeps asking me to meet him tonight im 13",
        "hes not here now but hes on his way round with a knife and the kids are here",
        "shes not home now, her dad took her and wont bring her back",
        "hes not home now, hes got my daughter in his car and wont say where they are",
        "a man grabbed my daughter and drove off before i could stop him",
        "my mums boyfriend is coming to get my kids tonight",
        "he'll be here in a few mins and hes drunk, the kids are with me",
        "theres a man trying the back door and the kids are home alone",
        "theres nothing going on tonight but hes outside with a knife",
        "my uncle is coming to babysit me in an hour and he hurt me last time, im 10",
        "hes in his room with my little sister and the door is shut",
        "babysitting and the dad came back wasted, hands round the older ones neck",
        "the man who abused my daughter lives below my sister and ive just watched him take her son into his flat",
        # a safe statement taken back by what follows
        "hes in custody but his brother has just grabbed my son outside school",
        "he left when i asked him but hes come back and grabbed my daughter",
        "nothings happening tonight, but my stepdad is in my sisters room right now",
        "turned out it was just the telly but now i can hear the baby screaming and him shouting",
        "hes started coming round when mum is at work and tonight hes coming again, im 12 and scared",
        "my ex just texted saying hes coming to take the kids tonight",
        "a girl came in with a man who says hes her uncle, she whispered he isnt, hes not letting her out of his sight",
        "my daughter got taken from outside school, please help",
        "my son got grabbed by a man last night and hes still not home",
        # twins of stop 22's not-danger phrases
        "a man grabbed my daughter by the arm and pulled her into his van",
        "she let him back in the house tonight and hes in my daughters room now",
        "im going to kill him, not literally, but hes outside with the kids and wont give them back",
        "hes been messaging her on snap asking to meet up tonight at 8 in the park, shes 13",
        "our dog got out and hes missing, my 5 year old went after him and now shes missing too",
        "its stopped now but hes still got the baby and wont give her back",
        "he said hell kill her if she tells and hes in there with her now",
        "hes not doing anything now but hes in her room with the door locked",
        "the man keeps taking my daughter into his room and hes got her in there now",
        "an older man keeps giving her drink and trying to get her upstairs, i cant get there for 40 mins",
        "i can hear the kids screaming and him hitting them every night, its happening now",
        "her husband is in the house all day and hes hitting the kids now",
        "im going to kill him, hes got my daughter in his car and wont let her out",
        "at the weekend a man got into my daughters tent and hes in there with her now",
        "now the brother is in my 10 year olds room with the door jammed and shes shouting for me",
        "he has just messaged her saying hes coming to get her from the park, she is 11, i am 20 mins away",
        "one of them keeps trying to get in my room, ive put my drawers against the door. im 13",
        "im 32 and my ex has just taken our son from school",
        "its quiet now and hes still got the baby in his car and wont give her back",
        "its all quiet now, too quiet, hes got the baby and wont give her back",
        "a 30 year old man picks her up after school and hes outside now waiting",
        "theres a fight between two grown men outside but he has grabbed a little girl and is dragging her off",
        "hes not hitting him now, hes strangling him",
        "everyones fine but hes taken the baby and driven off",
        "everyone is fine except the baby, he has her in the car and is driving off drunk",
        "going on a date tonight with a guy and hes bringing his daughter, hes a convicted paedo",
        "we had a screaming match on the doorstep and now hes dragging my son to his car",
        # an adult writer's age does not hide a child named by age alone
        "im 19 and my gf is 15 and her dad is hitting her right now",
        "im 25 and shes 14, hes picking her up tonight from the station",
        "im 30 and the youngster next door is being dragged into a car",
        "he left before i could stop him but now hes back and hitting her",
        "hes in custody, his brother has just grabbed my son",
        "nothing happening tonight, the man next door has just taken my daughter into his flat",
        "my mate is 14 and shes going to some mans house after school today, he gives her vapes",
        "my friend just sent me a photo of a load of tablets and said goodbye",
        "hes taken my 2 year old upstairs and locked the bathroom door",
        "my daughter is 13 and not home, phone off, its midnight",
        "the toddler is on his own by the road, no adult anywhere",
        "she texted that shes going to end it and take the kids with her",
        "my 9 year old has been picked up from school by a man none of us know",
        "her new fella has a record for kids and is babysitting my two tonight",
        "he was jailed for offences against children. she has gone out and left him minding the girls and he just posted a photo of them",
        "the boyfriend who smashed the door last week has just gone in and the boy is alone",
        "found out my brother in law went to prison for something with a child, hes babysitting my niece tonight on his own",
        "he has said sick things about her baby to me before. she is handing her over to him now",
        "that grooming case was closed last year. same man. they are meeting at the station at 8 tonight",
        "the man with the abuse conviction is meeting my daughter in town today",
        "my friend is 13 and meeting a 28 yr old guy after school today",
        # stop 26
        "my stepdad has shut my little brother in the garden shed with him and wont open it",
        "the lodger is in my daughters room with the door locked and shes 7",
        "hes dragged the little one into the bathroom and locked it, i can hear her crying",
        "he is stood on the balcony holding my son over the edge",
        "my friend is 13, she just texted that the man is taking her upstairs at the party",
        "he's drunk and kicking them, they're 4 and 6",
        "a man keeps yanking her away from the swings and shes screaming",
        "my 14 year old has posted that she is going to end it tonight",
        "their dad collected them from school and hes not allowed, theres an order",
        "he messaged that i will never find her and switched his phone off",
        "my son has gone to meet a guy off discord, hes 12",
        "next door went out at lunchtime and left the baby on her own, its crying and crying",
        "the man with the conviction is inside with them now and the door is locked",
        "my 12 year old is on a discord call and a man is telling her to undress, right now",
        "she's 15 and going to meet the coach who has been messaging her, at his flat tonight",
        "she just facetimed me from his house crying and he has locked her in the bedroom with him",
        "her uncle has a record for stuff with kids and shes taking them round his place tonight",
        "the little girl is screaming help and the man won't let go of her",
        "a girl about 12 in my cab says she doesnt know him and he wants me to drive them to a hotel",
        "he is holding the baby out of the window saying this is what happens if you leave",
        "her friend says she never got to school and her phone shows she agreed to meet that man by the canal at 4",
        "he has the kids this weekend and he is drunk and kicking them",
        "my boy went missing last night and hes still not back, hes 11",
        "theres a man in the bakery with a little boy who keeps saying he doesnt know him, hes dragging him towards the door",
        "a little boy is sat on a window ledge three floors up and the window is wide open",
        "she left the baby in the car in the heat while she went in the bookies",
        "my son is at his dads and just messaged that a man there wont let him ring me and keeps touching him",
        "uber driver, ive got a bloke in the back with a girl who looks petrified and he wants a motel off the m6",
        "the youth worker says a man is picking her up in 20 mins, the man who gave her vodka last week",
        "my daughter just messaged me help me and that her dads mate wont let her leave, shes 12",
        "the girl at the bus stop whispered to me hes not my dad please help",
        "her find my phone shows she is at the flat of some man she met on snapchat, shes 13, shes there now",
        "a man just followed a girl of about 7 into the ladies toilets at the services",
        "the baby monitor is showing my ex in the nursery doing something to the baby, im at work",
        "a man is laying into a little lad outside the chippy right now",
        "the man who got out of prison for child stuff has got the boy from number 9 in his flat right now",
        "shes just messaged me from the bathroom, hes doing it again and she wants me to come",
        "my 7 year old is at his right now and i just found out he is on the sex offenders register",
        "my boy is 14 and his bed has not been slept in and his phone is off",
        "i can see from my kitchen window the man next door hitting his little girl with a slipper right now",
        "my sister is 15 and at a hotel with some 40 year old man she met on snapchat",
        "a man in a blue car has driven off with my daughter and she's 6",
        "a man is following me and my little sister home from school and hes right behind us",
        "a little boy is on the balcony on the 5th floor climbing over the railings",
        "my ex has just left our 3 year old on her own in the car park to go in the bookies",
        "the babysitter has just carried my son out the back door and wont answer me",
        "i just saw a man pull a boy into a car outside the chip shop",
        "my husband is absolutely drunk and driving them off in the car, theyre 4 and 6",
        "theres a man at the till gripping the back of a little girls neck and she is crying",
        "my stepdad has got my little brother in his room with the door locked and i can hear him crying",
        "on the train a boy of about 7 keeps saying hes not my dad to the man holding him",
        "my aunts boyfriend is taking my 6 year old cousin to his caravan tonight and hes on the register",
        "nursery worker, the little girl says her dad picks her up in half an hour and he hits her",
        "my aunties ex who hurt me when i was a kid has just taken my son to the park on his own",
        "my big brother said hes going to do it to me again when mum goes out",
        "my friend just sent me the word help and her location",
        "the swim coach has locked the changing room door with my son inside",
        "a man on the bus has a girl on his knee and his hands arent where they should be",
        "theres a man in the park who has got a toddler on his lap with her pants down",
        "hes got hold of my daughter by the wrist and wont let go",
        "the lodger has got a girl of about 13 in his room",
        "i heard her shout stop through the floor, shes 7 and her mums out",
        "a bloke dragged a little girl from the park into his flat",
        "a woman has just carried my baby out of the cafe towards the car park",
        "a man is forcing a screaming boy into a grey car",
        "my 2 year old was in the garden and now nobody can find her",
        "theres a man trying tae get the wee ones tae go in his van",
        "not sure if this counts as an emergency but hes hitting my son right now",
        "a visitor took a patient off the childrens ward and staff cannot locate her",
        "a man is banging on my sisters bedroom door and shes 9",
        "my mate saw a man pull a kid into a blue car by the shops",
        "my daughter was seen leaving with a man from the party and shes 13",
        "her dad has the kids and says he wont take them home, theyre 4 and 6",
        "a boy on the bus keeps saying hes not his dad about the man next to him",
        "i can hear a child next door screaming stop",
        "theres a bloke at the park kicking kids",
        "i can hear him in my little brothers room again and mum is at work",
        "my daughter is with her abuser right now at his flat",
        "a man outside the chip shop has his hand over a small boys mouth",
        "at the scout camp one of the leaders is in the boys tent with the lights off and wont answer me",
        "my sister said she wants to leave but he wont let her go, hes got the baby and a knife",
        "theres a man in the house where my kids are and hes hitting them right now",
        "there is a toddler locked in a car in the supermarket car park and its boiling",
        "my son just texted me from a sleepover that hes terrified and cant get out",
        "a man on discord is streaming himself with a little girl on camera right now",
        "my 10 year old is at home with the babysitter who is drunk, please can someone come",
        "my kinship grandson's dad is outside with a shotgun shouting for the kids",
        "my neighbour has left her baby with a man who is a registered sex offender and gone out, hes got him now",
        "my 14 year old is round some 30 year old blokes flat right now",
        "she met him online and she is at his house now, he is 26 and she is 12",
        "my 13 year old has gone to stay with a man she met on snapchat tonight",
        "her dad, who was convicted of touching a child, lives with us and my ex has gone off to the pub and left our son with him",
        "the taxi driver wont let my son off, he keeps driving",
        "my 10 year old didnt come off the bus and nobody knows where he is",
        "my boy not home from scouts and its pitch black",
        "the nursery let him leave with a man we dont know",
        "she swallowed a load of tablets and shes hardly conscious",
        "baby has gone all limp",
        "hes lying on the kitchen floor not moving",
        "a man is pullin a boy into his car",
        "my son is lost at the festival and hes only 5",
        "a man got off the bus after her and hes still behind her",
        "a man asked my son to get in his van, he didnt get in and the man drove off with another boy",
        "he is going to chuck her out of the window",
        "hes saying hell chuck the baby off the balcony",
        "hes away with the kids and wont bring them back",
        "the kids are staying at my mums tonight but he has just grabbed my daughter and driven off",
        "she ran straight home but he followed her and hes hitting her now",
        "nothing has happened yet but he is in her room now",
        "hes working away, his mate is hitting my son right now",
        "they are ok for now but he is coming back with a knife",
        "my baby has a head injury after my ex shook her, shes floppy and not waking up properly, hes gone now",
        "my daughter has took loads of paracetamol and shes going really sleepy",
        "a man is touching the little girl on his lap in a way thats not right, happening in front of me",
    ],
)
def test_danger_told_without_the_usual_words_is_caught(detector, text):
    assert detector.detect(text).signal == "emergency"


def test_an_outlasting_rule_counts_beside_the_statements_it_outlasts_only():
    detector = emergency_only(
        {"hurt": ["not breathing"], "gone": ["he is gone"], "calm": ["all calm"], "past": ["earlier"], "now": ["now"]},
        {
            "any": ["hurt"],
            "unless_message": ["gone", "calm"],
            "outlasting": {"rules": ["hurt"], "statements": ["gone"]},
            "not_now": {"markers": ["past"], "unless": ["now"], "blocks": ["hurt"]},
        },
        taken_back={"rules": ["gone", "calm"], "by": [], "within": 2},
    )
    assert detector.detect("she is not breathing, he is gone").signal == "emergency"
    assert detector.detect("she is not breathing, all calm").signal is None
    assert detector.detect("she was not breathing earlier, he is gone").signal is None


@pytest.mark.parametrize(
    "text",
    [
        "he is beating her right now most nights he does this",
        "he is hurting her now on several occasions he has",
        "i can hear him hitting her right now most nights this happens",
        "my ex has got the kids right now to look after and hes drunk and hitting them",
        "he has been caught trying to take kids now hes at the park grabbing a kid",
        "hes in her room now doing stuff to her, he said he was reading her a story",
        "he's in the bath with her now",
        "she is at home with us now, he is outside with a knife",
        "hes on a night shift tonight but his mate is here and hes in my room",
        "my ex took our boys to the park and hasnt brought them back",
        "my sons bed is empty and his phone is off, he is 12",
        "writing this at 2am because hes in my sisters room right now",
        "a man took my daughter to his flat an hour ago",
        "a man with her keeps saying she is his, she says she does not know him, they are at the bus station",
        "hes out at the moment but hes coming back with a knife",
        "she's ok and with me but he is outside the door now with a knife",
        "my friend will kill me if she finds out, my stepdad is hitting me right now",
        "is it 999 if he is hitting her right now",
        "she came back fine but now hes got her in his car",
    ],
)
def test_a_habit_told_beside_danger_now_does_not_hide_it(detector, text):
    assert detector.detect(text).signal == "emergency"
