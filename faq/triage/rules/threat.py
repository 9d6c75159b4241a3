"""Threats: to kill, to punish a refusal, pay or else; life in danger; hiding after running."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "threat.threatened",
        C.THREAT,
        (
            r"ngancam|ngancem|mengancam|diancam|diancem|ancam|diteror|diintimidasi|threaten|threatens"
            r"|threatened"
            r"|threatening"
        ),
        why="Threatened, terrorised, intimidated.",
        fires=(
            "agen ngancam mau bunuh keluarga sy",
            "they are threatening my parents back home",
            "majikn ngancem bunuh",
        ),
        silent=("apa itu ancaman pidana buat calo",),
    ),
    Rule(
        "threat.kill",
        C.THREAT,
        r"(?:ingin|akan|bakal) (?:bunuh|membunuh)|dibunuh|bunuh saya|kill saya|going to kill",
        why="Someone will be killed.",
        fires=(
            "sy mau bunuh diri",
            "agen ngancam mau bunuh keluarga sy",
            "they said if i tell anyone they will kill me",
        ),
        silent=("bunuh diri itu dosa ga sih", "ada program pencegahan bunuh diri buat pmi ga?"),
    ),
    Rule(
        "threat.life_in_danger",
        C.THREAT,
        (
            r"(?:scared|afraid|fear) for saya life|takut (?:mati|dibunuh)|nyawa (?:saya |\w+ )?terancam"
            r"|dalam bahaya|in danger|selamatkan saya|save saya|save us"
        ),
        why="Life in danger, a plea to be saved.",
        fires=("nyawa sy terancam", "help i am in danger", "tolong selamatkan sy"),
        silent=(
            "sy takut ditipu agen, cara ngecek izinnya gmn",
            "mau daftar kerja ke taiwan tp takut dijual agen",
        ),
    ),
    Rule(
        "threat.hiding_or_fled",
        C.THREAT,
        (
            # afraid a firm learns of a complaint is a question about confidentiality: "takut ketahuan pt"
            r"sembunyi|bersembunyi|hiding|ketakutan"
            r"|takut ketahuan(?! (?:pt|perusahaan|company|kantor|pabrik|pjtki|p3mi)\b)"
            r"|kabur dari|lari dari|melarikan diri"
            r"|ran away from|escaped from"
        ),
        strength=WEAK,
        why="Hiding, scared, ran away from someone: weak alone.",
        fires=(
            "sy mau kabur dari majikan, boleh ga",
            "he is drunk and has a knife, i am hiding",
            "anak sy kabur dr majikan, skrg ga tau dimana",
        ),
        silent=(
            "bunuh diri itu dosa ga sih",
            "uang sy dibawa kabur calo, bisa dilaporkan?",
            "pengaduan harus pake KTP gk? sy takut ketahuan PT",
        ),
    ),
    Rule(
        "threat.if_refuse",
        C.THREAT,
        (
            r"(?:kalau|if) (?:saya |kami )?(?:tidak ingin|tidak bayar|tidak kasih|nolak|menolak|melawan"
            r"|masih|coba"
            r"|berani|refuse|try|tell|say no|lapor|kabur|cerita|adu|ngadu|bilang)\b.{0,60}\b(?:di[a-z]{4,}"
            r"|will|bakal|nanti|akan)"
            r"|(?:will|gonna|going to) (?:cut|kill|hurt|beat|sell|burn|rape|punish)|ruang hukuman"
            r"|punishment room|dibuang ke laut|thrown (?:into the sea|overboard)"
        ),
        why="A punishment for refusing, telling or running: a threat, not a hypothetical.",
        fires=(
            "they said if i tell anyone they will kill me",
            "they said they will hurt my mother if i leave",
            "kalo sy nolak kerja mereka bilang sy bakal dijual lagi",
            "kalo sy kabur mereka bakal bunuh sy, skrg sy di kamar mandi",
        ),
        silent=(
            "sy cemas nanti bakal dipukul kalau kerja di luar, gmn biar aman",
            "majikan gk bayar gaji lapor kmn",
            "klo kabur dari majikan ditangkep polisi gk?",
            "kalau sy kabur, nanti dideportasi ga?",
            "if i run away from my employer will i be arrested by the police",
        ),
    ),
    Rule(
        "threat.pay_or_else",
        C.THREAT,
        (
            r"(?:kalau|if) (?:saya |kami |keluarga |dia |\w+ )?(?:tidak|dont|don t|not|belum) (?:\w+ )?"
            r"(?:bayar|kirim|transfer|lunas|pay|send|nurut)\b.{0,60}\b(?:dijual|dipindah|dipindahkan|sell"
            r"|cut|kill|bunuh|dibunuh|jual|dioper|disiksa|post|disebar|didatangi|didatangin|work it off"
            r"|ditagih|kena|pukul|dipukul)"
            r"|(?:ingat|inget) (?:anak|keluarga|istri|ibu)(?:mu| kamu| mu)?\b|(?:duit"
            r"|uang) atau (?:\w+ )?nyawa"
            # photos spread, not a registration photo sent again ("foto buram, upload ulang")
            r"|pulang (?:dalam|pakai|pake) peti|(?:foto|video)\b(?! (?:buram|blur|blurry|ditolak|rejected"
            r"|tidak jelas|kurang jelas|pas|paspor|ktp|formal|3x4|4x6))"
            r".{0,40}\b(?:disebar|disebarin|disebarkan|sebar|post|posted|diupload|upload|viral)\b"
            r"(?! (?:ulang|lagi|kembali|again|ke (?:website|situs|aplikasi|sistem|portal|siskop2mi)))"
            r"|(?:keluarga|anak)(?:ku|mu|nya| saya)? (?:yang )?"
            # (a tax or duty on what she brings home for the family is no threat: "buat keluarga kena pajak")
            r"(?:kena(?! (?:pajak|bea|cukai|tax|duty|biaya|ongkir))|ditagih|didatangi|didatangin)\b"
            r"|(?:kena|akan|bakal) tembak|ditembak|nembak|shoot"
            r"|(?:if|kalau) (?:saya|we|kami) (?:run|lari|kabur)\b.{0,30}\b(?:kill|bunuh|find|cari|kejar"
            r"|tembak)"
            r"|(?:throw|buang|dibuang) (?:him|her|us|kami|saya|juga)\b"
        ),
        why="A condition with a punishment: pay or be sold, moved, hurt; tell and your family pays.",
        fires=(
            "they say if i run they kill me",
            "kafil nya bawa pistol, ngancem mau nembak klo dia kabur",
            "disuruh bayar 3000 dolar kalo mau dipulangin, klo ga bayar dijual lagi",
        ),
        silent=(
            "pulang cuti dari singapore bawa hp 3 buat keluarga kena pajak gk?",
            "pendaftaran sy ditolak krn foto buram, hrs upload ulang?",
            "pas foto sy ditolak di aplikasi, upload lagi yg background merah?",
            "my photo was rejected as blurry, can i upload again",
            "gji sya dipotng trs sm agensi hk,udh 6bln blm lunas jg",
            "gimana cara kirim uang ke kampung yg murah dr saudi? sy pake western union mahal bgt",
        ),
    ),
    Rule(
        "threat.family_harmed",
        C.THREAT,
        (
            r"(?:keluarga|orang tua|ortu|anak|anak anak|istri|suami|adik|ibu|bapak|ayah|emak|mamak|family"
            r"|parents|mother|kids)(?:ku|mu| saya| kamu| kami)?(?: di [a-z]+){0,2}"
            r" (?:bakal|akan|nanti|mau|bisa|will|would) (?:\w+ )?(?:diapa\w*|dibunuh|dicelakai|dicelakain"
            r"|disakiti|disakitin|dihabisi|dihabisin|diculik|dibakar|didatangi|didatangin|diteror|disiksa"
            r"|dipukul\w*|ditangkap|dikejar\w*|diganggu|kenapa kenapa|be hurt|be killed|get hurt|pay)"
        ),
        why="Harm promised to the family at home: a threat even with no 'ancam' word.",
        fires=(
            "dia bilang kalo sy gk mau kerja di karaoke, keluarga sy di kampung bakal diapa2in",
            "kata bos, ortu sy di jawa bakal didatangi kalo sy kabur",
            "he says my family will be hurt if i leave",
        ),
        silent=(
            "anak sy nanti dititip ke ibu selama sy kerja",
            "keluarga sy di kampung bakal dikasih kabar sama agen?",
        ),
    ),
    Rule(
        "threat.silenced",
        C.THREAT,
        (
            # "bilang kalo sy ngadu ke madam sy dipulangin tanpa gaji": a threat to keep her quiet
            r"(?:bilang|ngomong|said|says|told (?:saya|her|us)|threatened|ngancam|mengancam|kata(?:nya)?)"
            r"(?: \w+){0,2} (?:kalau|kalo|if|jika) (?:saya|kami|dia|she|i)"
            r" (?:ngadu|mengadu|adu|lapor|melapor|ngelapor"
            r"|cerita|bilang|ngomong|tell|tells|report|reports|complain|complains)(?: \w+){0,4}"
            r" (?:saya |kami |dia |she |i |they |will |akan |bakal |mau ){0,3}"
            r"(?:dipulangin|dipulangkan|dipecat|dibunuh|dipukul|dipenjara|dilaporin|dideportasi|dijual"
            r"|tidak digaji|tanpa gaji|tidak dibayar|send (?:saya|her|us) (?:home|back)|fire (?:saya|her)"
            r"|deport|kill|hurt|beat)"
        ),
        strength=WEAK,
        why=(
            "Told what happens if she reports or tells: a threat to keep her quiet, weak alone; with abuse or"
            " being alone tonight, urgent."
        ),
        fires=(
            "dia bilang kalo sy ngadu ke madam sy dipulangin tanpa gaji",
            "he said if i tell anyone they will send me home without pay",
            "majikan bilang kalau sy lapor ke polisi sy bakal dipecat",
        ),
        silent=(
            "kalau sy lapor ke bp3mi apa sy dipulangkan?",
            "if i report my agency will i be deported, what are my rights",
        ),
    ),
    Rule(
        "threat.code_word",
        C.THREAT,
        (
            r"(?:sepakat|sepakati|disepakati|janjian|kode|sandi|kata rahasia|isyarat|code word|codeword"
            r"|password|agreed)\b.{0,100}\b(?:artinya|berarti|tandanya|means|meaning)\b(?: \w+){0,3}"
            r" (?:tidak bebas|bahaya|dlm bahaya|dalam bahaya|tidak aman|ditahan|dikurung|disekap|in danger"
            r"|not free|not safe|trapped|help)"
            # the word named as meaning danger, then sent: "kirim kata mangga artinya sy gak aman. mangga"
            r"|\b(?:kata|word) (?P<code>\w+)\b.{0,40}\b(?:artinya|berarti|tandanya|means)\b(?: \w+){0,3}"
            r" (?:tidak aman|bahaya|dalam bahaya|tidak bebas|in danger|not safe)\b.{0,80}\b(?P=code)\b"
        ),
        # the agreement lies in the past ("dulu kami sepakat"): the word sent is now
        unhedged=True,
        why="A word agreed with the family to mean she is not free or in danger, now sent.",
        fires=(
            "dulu kami sepakat kalo dia bilang 3 cabe artinya dia gk bebas dan dlm bahaya",
            "we agreed if she says blue sky it means she is in danger. today she wrote blue sky",
            "abdi sareng indung tos janjian, mun abdi nyebat hujan deui hartosna abdi teu aman",
            "min kalau sy kirim kata mangga itu artinya sy gak aman ya. mangga. mangga.",
        ),
        silent=(
            "kode negara kamboja buat nelpon artinya apa ya",
            "kode bahaya di kartu pmi itu artinya apa",
        ),
    ),
    Rule(
        "threat.handed_to_danger",
        C.THREAT,
        (
            r"(?:kirim|dikirim|diserahkan|diserahin|dijual|dibawa|dipindah|dipindahkan|diantar|dioper|send|sent"
            r"|moved|sold|handed)\w*\b.{0,40}\b(?:ke|to) (?:the |a )?(?:majikan|rumah|tempat|employer|house"
            r"|boss|bos)\w*"
            r"\b.{0,40}\b(?:pembantu|prt|pekerja|tkw|pmi|maid|helper|worker)\w*\b.{0,30}\b(?:meninggal|mati"
            r"|tewas|dibunuh|disiksa|hilang|died|killed|dead|tortured)"
        ),
        why="About to be sent to an employer or a place where a worker before her died or was tortured.",
        fires=(
            "agen mau kirim kami ke majikan yg dulu pembantunya meninggal disana. malam ini kami dijemput",
            "they will send me tonight to the house where the last maid died",
            "abdi bade dikirim ka majikan nu pembantuna saacanna maot",
        ),
        silent=(
            "kalau majikan meninggal, pembantunya dikirim ke mana?",
            "boleh dikirim ke majikan lain kalau majikan lama meninggal?",
        ),
    ),
    Rule(
        "threat.hijacked",
        C.THREAT,
        (
            # a ship boarded by pirates: "kapal kami dibajak", "diserang perompak", "pirates boarded"
            r"(?:kapal|ship|vessel|boat|perahu)(?: \w+){0,3} (?:dibajak|disandera|diserang|diserbu|dinaiki)"
            r"(?: \w+){0,2}(?: perompak| bajak laut| pirates?)?"
            r"|(?:perompak|bajak laut|pirates?)(?: \w+){0,3} (?:naik|menyerang|menyandera|membajak|menahan"
            r"|boarded|attacked|took|holding|hijacked)"
            r"|(?:ship|vessel|boat) (?:was |is |has been |been )?(?:hijacked|boarded by pirates|seized by)"
        ),
        why="A ship hijacked or boarded by pirates: the crew are hostages, however the question is put.",
        fires=(
            "kak kapal kami dibajak skrg, gimana lapornya, kami ABK 6 orang",
            "perompak naik ke kapal suami sy dekat somalia",
            "our ship was hijacked near the gulf of aden",
        ),
        silent=(
            "akun fb sy dibajak orang, gmn balikinnya",
            "wa sy dibajak, ada yg minta pulsa atas nama sy",
            "ABK kapal ikan itu gajinya brp, aman gk dr bajak laut?",
        ),
    ),
)
