"""No food: not fed, starving, food forbidden."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "no_food.not_fed",
        C.NO_FOOD,
        (
            r"tidak (?:pernah |lagi )?(?:dikasih|dikasi|diberi|dikei|dibere|diwenehi|diparingi|dipasihan"
            r"|dipasihkeun|dipaparin|dapat|ada|pernah|bagi|dibagi)"
            r" (?:makan|mangan|dahar|tuang|nedha|emam|nyatu|neda|minum|ngombe|nginum|leueut)"
            r"|no water|without water"
            r"|(?:cuma|hanya) minum air|only (?:drinking|drink|had) water|nothing but water"
            r"|tidak makan|belum makan \w+ hari|belum makan (?:dari|sejak)|kelaparan|starving|starve|no food"
            r"|food (?:finish|finished|run out|ran out|is gone|gone)"
            r"|makan sehari sekali|tidak dahar|tidak mangan"
            r"|(?:haven|hasn|havent|hasnt|have not|has not)(?: t)? eaten"
            r"|nothing to eat|without food|jarang (?:dikasih|diberi) makan|makan (?:cuma|hanya) sekali"
            r"|makan (?:\w+ )?(?:cuma |hanya )?sekali sehari"
            r"|(?:cuma|hanya) (?:dikasih|diberi) makan\b.{0,20}\bsekali"
            r"|(?:dikasih|diberi) makan (?:cuma|hanya) (?:\w+ ){0,2}sekali"
            r"|(?:dikasih|diberi) makan (?:sisa|basi)"
            r"|tidak (?:pernah |lagi )?(?:ngasih|kasih|kasi|ngasi|memberi|punya) (?:saya |kami )?(?:makan"
            r"|minum)"
            r"|(?:not|never) (?:been )?given (?:any )?(?:food|water)"
            r"|(?:doesn t|does not|dont|don t|not|never|didn t|did not|won t|wont|will not|refuse to"
            r"|refuses to)"
            r" (?:give|gives|feed|feeds)"
            r" (?:saya|us|her|him)(?: any)? food"
            # broken English: "employer not give food 3 days", "no give eat", "not eat 3 days"
            r"|(?:not|no|never) (?:give|gives|given|giving|feed|feeds|fed)(?: (?:saya|us|her|him))?(?: any)?"
            r" (?:food|eat|makan)(?! (?:allowance|money|budget|stipend))"
            r"|(?:not|no) (?:eat|eating|makan) (?:for )?(?:\d+|two|three|four|five) days?"
            # krama Javanese, where "mboten" is left as it is: "mboten dipunparingi nedha"
            r"|(?:mboten|boten|ora) (?:dipunparingi|diparingi|dipunsukani|disukani|dipun paringi)"
            r" (?:nedha|neda|tedha|dhahar|dahar|maem|makan|mangan)"
            # Acehnese "hana meubri pajoh" (not given food), read only here: "hana" is also a name
            r"|hana (?:memberi|bri|jeut) makan"
        ),
        why="Not given food or water, starving.",
        fires=(
            "kulo ora dikei mangan",
            "sy belum makan 2 hari",
            "sy jarang dikasih makan",
            "employer not give food 3 days, i am hungry please",
            "madam no give eat, i hungry",
            "i not eat 2 days, boss no give food",
            "tauke tak bagi makan dah 2 hari",
            "lon kena kurong le tauke, hana meubri pajoh dua uroe",
            "putri kula wonten oman sampun tigang dinten mboten dipunparingi nedha",
        ),
        silent=(
            "my employer doesn't give me a day off",
            "lulus eps topik tp blm dpt job, knp ya",
            "employer not give food allowance, is it legal?",
        ),
    ),
    Rule(
        "no_food.not_allowed_en",
        C.NO_FOOD,
        (
            r"(?:(?:doesn t|does not|dont|don t|not|never|won t|wont|will not|refuses to) (?:let|allow)"
            r" (?:saya|us|her|him) (?:to )?|(?:not|never) allowed to )(?:eat|drink)\b"
            r"(?! (?:pork|meat|alcohol|beer|wine|coffee|in|with|at|during|before|the|outside))"
        ),
        asked=WEAK,
        why="English: not allowed to eat or drink (not pork or alcohol); weak when asked about.",
        fires=("the madam does not allow us to drink until the work is done",),
        silent=(
            "my employer is strict about phone use during working hours, is that allowed",
            "my employer doesn't give me a day off",
        ),
    ),
    Rule(
        "no_food.forbidden",
        C.NO_FOOD,
        (
            r"tidak (?:ngebolehin|ngizinin|ngijinin|mengizinkan|membolehkan|bolehin|izinin|dibolehin"
            r"|dibolehkan"
            r"|diizinkan|boleh) (?:saya |kami |\w+ )?(?:makan|minum)\b"
            r"(?! (?:babi|daging|alkohol|miras|bir|kopi|di|sambil|siang|pagi|malam|bareng|bersama|sama|saat"
            r"|waktu|pas|dulu))"
        ),
        asked=WEAK,
        why="Food forbidden; a rule about meals ('makan di meja majikan', 'makan siang') is not this.",
        fires=("dua hari ini agen ga ngizinin kami minum",),
        silent=(
            "pas puasa majikan ga ngebolehin sy makan siang, boleh gitu?",
            "sy ga boleh makan bareng majikan, wajar ga",
        ),
    ),
    Rule(
        "no_food.running_out",
        C.NO_FOOD,
        (
            r"(?:only|just|cuma|hanya|tinggal|sisa) (?:a (?:bit|little|handful) of |some |sedikit |segenggam"
            r" |sisa )?(?:rice|food|water|beras|nasi|makanan|air minum|mie|indomie)(?: \w+)?"
            r" (?:left|tersisa|lagi|yang tersisa)"
            r"|(?:food|rice|water|makanan|beras|air minum) (?:is |are )?(?:running out|almost gone|run out"
            r"|hampir habis|tinggal sedikit|sudah habis|udah habis)"
            r"|nothing (?:left )?to eat|no food (?:left|for)"
        ),
        strength=WEAK,
        why="Food running out: weak alone (money troubles at home); with being shut in or abandoned, urgent.",
        fires=(
            "there's only a bit of rice left",
            "makanan tinggal sedikit, majikan pergi",
            "the food is running out and they locked the gate",
        ),
        silent=(
            "beras di rumah habis, kiriman bulan ini blm masuk, bisa pinjam ga",
            "cuma ada nasi sama telur buat sarapan, boleh minta lauk lain ga",
        ),
    ),
)
