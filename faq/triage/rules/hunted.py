"""Hiding or hunted: chased, someone raging at the door or holding a weapon."""

from __future__ import annotations

from faq.triage.lexicon import WEAPON
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "hunted.chased",
        C.HUNTED,
        (
            r"dikejar|dikejar kejar|dicari cari|cari cari saya|cari saya|diikuti|dibuntuti|ngikutin"
            r"|mengikuti saya"
            r"|gedor|gedor gedor|menggedor|ngamuk|mengamuk|mabuk|drunk|chasing|chased|following saya"
            r"|being followed|followed by"
            r"|looking for (?:saya|us)"
            r"|ada (?:orang|laki laki|preman)(?: \w+){0,2}?(?: yang)? (?:cari|mencari|nunggu|nungguin"
            r"|menunggu|ngikutin"
            r"|mengikuti|ngawasin)|diikutin|dikuntit|takut keluar"
        ),
        strength=WEAK,
        why="Chased, followed, someone raging at the door: weak alone ('sembunyi' can be a game).",
        fires=(
            "he is drunk and has a knife, i am hiding",
            "sy ngumpet di gudang, orang agen lagi nyari2 sy",
            "aku lari dari rumah majikan, skrg dikejar sopirnya",
        ),
        silent=("ciri ciri perdagangan orang", "ortu sy khawatir kalau sy kerja ke taiwan"),
    ),
    Rule(
        "hunted.weapon",
        C.HUNTED,
        (
            rf"(?:bawa|membawa|pegang|memegang|pakai|ngacungin|mengacungkan|ambil)\b.{{0,12}}\b{WEAPON}"
            rf"|(?:has|have|had|holding|with|pulled) (?:a |an )?{WEAPON}"
        ),
        why="Someone holding a weapon.",
        fires=(
            "he is drunk and has a knife, i am hiding",
            "suami majikan pegang golok teriak2 manggil sy",
            "pls help im scared he has a gun",
        ),
        silent=(
            "kalau kapal berangkat tengah malam boleh bawa bekal?",
            "sy sering pegang dada kalau sesak napas, perlu cek medical lagi?",
        ),
    ),
    Rule(
        "hunted.hiding",
        C.HUNTED,
        (
            r"ngumpet|(?:di )?(?:dalam|dalem) lemari|(?:ngunci|mengunci|kunci) (?:diri|pintu) (?:di )?"
            r"(?:kamar mandi|toilet|wc)|i hid|hide"
        ),
        strength=WEAK,
        why="Hiding in a wardrobe or a locked bathroom: weak alone.",
        fires=("gw lg di dalem lemari", "majikan bawa pisau tadi, sy ngunci diri di kamar mandi"),
        silent=("apakah majikan boleh mengunci pintu kamar pekerja", "penampungan PT boleh ngunci pintu ga"),
    ),
    Rule(
        "hunted.hiding_now",
        C.HUNTED,
        r"(?:lagi|sedang|masih) (?:ngumpet|sembunyi|bersembunyi|(?:di )?(?:dalam|dalem) lemari)"
        r"|(?:am|are|m|re) hiding (?:in|from|under)",
        why="Hiding right now, said so: 'lg ngumpet', 'lagi di dalem lemari'.",
        fires=("lg ngumpet", "gw lg di dalem lemari", "i am hiding in the toilet"),
        silent=(
            "dulu sy pernah ngumpet di lemari pas main petak umpet",
            "anak majikan suka ngumpet pas main",
        ),
    ),
    Rule(
        "hunted.at_the_door",
        C.HUNTED,
        (
            r"(?:orangnya|orang itu|orang orang itu|mereka|dia|agennya|agen itu|calonya|calo itu|bosnya"
            r"|majikannya|tekongnya|premannya|preman)(?: sudah| masih| lagi)?(?: ada| nunggu| nungguin"
            r"| menunggu| berdiri| jaga| jagain| duduk)? di (?:depan|luar) (?:kamar|pintu|kos|kost|mess"
            r"|rumah)|(?:waiting|standing) (?:outside|at) (?:saya|the) (?:door|room)"
        ),
        strength=WEAK,
        why="The person who threatens is at the door: weak alone ('agennya di depan rumah mau jemput').",
        fires=(
            "dia bilang kalo sy gk mau kerja, keluarga sy bakal diapa2in. orangnya ada di depan kamar",
            "he is waiting outside my door and says he will hurt me",
        ),
        silent=("rumah sy di depan masjid, dekat terminal", "depan kamar sy ada dapur kecil"),
    ),
    Rule(
        "hunted.afraid_to_return",
        C.HUNTED,
        (
            # afraid to go back to the house where she works: "takut balik ke rumah itu", "wedi bali"
            r"(?:takut|ketakutan|wedi|sieun|scared|afraid|terrified) (?:\w+ )?(?:balik|kembali|pulang|bali"
            r"|mulih"
            r"|uih|go back|to go back|return|to return) (?:ke |to |teng |nang |neng |ka "
            r"|di )?(?:the )?(?:rumah (?:itu|majikan|bos|nyonya"
            r"|sana)|rumah e|rumah nya|rumahnya|rumah itu|omah (?:kuwi|majikan)|imah (?:eta|dunungan)|house"
            r"|that house|his house|her house|there|sana|kesana|ke sana|penampungan|asrama itu)"
        ),
        strength=WEAK,
        why="Afraid to go back to the house where she works or is kept: weak alone.",
        fires=(
            "aku takut balik ke rumah itu, tiap pulang dia marah2 bawa ikat pinggang",
            "i am scared to go back to the house, he said he will finish me",
            "kulo wedi bali teng omah majikan, kulo diantem terus",
        ),
        silent=(
            "takut pulang ke kampung krn belum bawa uang",
            "sy takut balik ke indonesia nanti susah cari kerja",
        ),
    ),
    Rule(
        "hunted.escaped_and_searched",
        C.HUNTED,
        (
            # just got away and someone is out looking for them: "baru lolos dari kebun ... mandor nyari pake
            # mobil", "aku mlayu saka omahe majikan, saiki digoleki sopire", "the captain is looking for us"
            r"(?<!ingin )(?<!mau )(?<!rencana )(?<!kalau )(?<!dibawa )(?<!bawa )"
            r"(?:kabur|lari|lolos|melarikan diri|escaped|ran away|got away|run away|minggat|lumpat)"
            r"\b(?: \w+){0,14}?"
            r" (?:(?:mandor|majikan|majikannya|agensi|agen|bos|boss|sopir|sopire|sopirnya|calo|orang orang?"
            r"|preman|mereka|kapten|captain|tekong|mandornya|satpam|penjaga|they|he|she|foreman|the boss"
            r"|the agent|the employer)(?: \w+){0,2}?"
            r" (?:cari|mencari|nyariin|ngejar|mengejar|nguber|goleki|nggoleki|neangan|padosi|lagi cari"
            r"|is looking for|are looking for|looking for|searching for|is searching|are searching|hunting)"
            # sought by the police is a legal matter, not a hunt
            r"|(?:dicari|dicariin|dikejar|diuber|dipadosi|diteangan|being searched|being hunted"
            r"|being looked for)(?! (?:oleh |sama |by )?(?:polisi|police|imigrasi|immigration)))\b"
        ),
        why=(
            "Just got away and someone (a foreman, an employer, an agent) is out looking for them now:"
            " hunted, whoever writes."
        ),
        fires=(
            "bu, sy relawan di tawau, ada 3 PMI perempuan baru lolos dari kebun, mandor nyari pake mobil",
            "aku mlayu saka omahe majikan, saiki digoleki sopire",
            "we just escaped from the boat, the captain is looking for us",
            "3 cewek baru kabur dr penampungan, agen lagi nyari mereka pake motor",
        ),
        silent=(
            "kalau kabur dari majikan bakal dicari polisi gak?",
            "sy mau kabur dari majikan, cari info dulu",
            "tmn sy kabur dr majikan thn lalu, skrg sy cari kerja baru",
            "uang sy dibawa kabur calo, dia lagi dicari polisi",
        ),
    ),
    Rule(
        "hunted.knock_at_night",
        C.HUNTED,
        (
            r"(?:mengetuk|ngetuk|ketuk|ketok|ngetok|gedor|gedor gedor|menggedor|ngegedor|knocks?|knocking"
            r"|banging)(?: \w+){0,2} (?:pintu|kamar|door)\b(?: \w+){0,3}"
            r" (?:malam|tengah malam|at night|every night)"
            r"|(?:malam|tengah malam|at night|every night)(?: \w+){0,4} (?:mengetuk|ngetuk|ketuk|ketok|ngetok"
            r"|gedor|menggedor|knocks?|knocking|banging)(?: \w+)? (?:pintu|kamar|door)"
        ),
        strength=WEAK,
        why="Someone knocking at her door at night: weak alone (a weapon kept against it makes it urgent).",
        fires=(
            "baba sok ngetok panto wengi-wengi, abdi nyimpen peso handapeun bantal",
            "anak majikan suka gedor pintu kamar sy tengah malam, sy takut",
            "sir keeps knocking on my door at night, i sleep with a knife",
        ),
        silent=(
            "majikan ngetok pintu kamar tiap pagi buat bangunin sy, itu wajar?",
            "ada tetangga gedor pintu jam 8 pagi minta air",
        ),
    ),
    Rule(
        "hunted.weapon_kept",
        C.HUNTED,
        (
            rf"(?:simpan|menyimpan|taruh|naruh|sembunyikan|nyembunyiin|siapkan|bawa|keep|kept|hide"
            rf"|sleep with)(?: \w+)? {WEAPON}(?: \w+){{0,2}} (?:bawah|under|di bawah)"
            rf" (?:bantal|kasur|pillow|bed|mattress)"
            rf"|{WEAPON}\b.{{0,30}}\b(?:buat|untuk|for) (?:jaga diri|jaga jaga|bela diri|melindungi diri"
            rf"|protect|protection|self defen[cs]e)"
            rf"|(?:sleep|tidur) with (?:a )?{WEAPON}"
        ),
        strength=WEAK,
        why="A weapon kept at hand against someone in the house: weak alone (a knock at night adds up).",
        fires=(
            "abdi nyimpen peso handapeun bantal, baba sok ngetok panto wengi-wengi",
            "sy simpan pisau di bawah bantal buat jaga diri, anak majikan suka masuk kamar",
            "sir keeps knocking on my door at night, i sleep with a knife",
        ),
        silent=(
            "boleh bawa pisau lipat di koper buat masak gk?",
            "pisau dapur di rumah majikan tajam banget, sy takut keiris",
        ),
    ),
)
