"""Urgency triage: present danger is flagged in colloquial Indonesian, Javanese, Sundanese and English;
ordinary questions about the same topics are not."""

from __future__ import annotations

import pytest

from faq.triage import DangerCategory, UrgencyDetector

detector = UrgencyDetector()
# The hand-picked hard negatives below document how the *rules* read a message. The learned model
# (tests/test_triage_model.py) may still raise a false alarm on some of them: that costs one extra message
# with the hotlines before the answer, and the eval bars limit how often it happens.
rules = UrgencyDetector(model=None)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("sy dikurung di rumah majikan ga boleh keluar", DangerCategory.CONFINEMENT),
        ("tolong adik saya disekap agen di batam", DangerCategory.CONFINEMENT),
        ("we are locked inside the dormitory", DangerCategory.CONFINEMENT),
        ("they won't let me leave the compound", DangerCategory.CONFINEMENT),
        ("sy dikurng majikan udh seminggu", DangerCategory.CONFINEMENT),  # typo
        ("anak sy dipukuli majikannya tiap malam", DangerCategory.VIOLENCE),
        ("istriku disiksa bos e neng malaysia", DangerCategory.VIOLENCE),
        ("my employer hits me every day", DangerCategory.VIOLENCE),
        ("sy ditampar dan ditendang sama madam", DangerCategory.VIOLENCE),
        ("sy dilecehkan anak majikan tiap malam", DangerCategory.SEXUAL_ABUSE),
        ("the son of my employer raped me", DangerCategory.SEXUAL_ABUSE),
        ("kakak sy dijual ke tempat hiburan malam", DangerCategory.TRAFFICKING),
        ("disuruh nipu orang lewat hp di myawaddy, kalau nolak dipukul", DangerCategory.TRAFFICKING),
        ("perusahaan minta tebusan 30 juta ke keluarga sy", DangerCategory.RANSOM),
        ("udah 3 hari ga dikasih makan sama majikan", DangerCategory.NO_FOOD),
        ("kulo ora dikei mangan", DangerCategory.NO_FOOD),
        ("there is no food here for days", DangerCategory.NO_FOOD),
        ("agen ngancam mau bunuh keluarga sy", DangerCategory.THREAT),
        ("i want to end my life", DangerCategory.SUICIDAL),
        ("rasanya pengen mati aja", DangerCategory.SUICIDAL),
        ("sy mau bunuh diri", DangerCategory.SUICIDAL),
        ("TOLONGGG SY DIPUKULIN", DangerCategory.VIOLENCE),  # shouting and repeated letters
        ("majikan sy suka mukul pake sapu", DangerCategory.VIOLENCE),  # active verb with a perpetrator
        ("sy digampar majikan td pagi", DangerCategory.VIOLENCE),
        ("my boss punched me", DangerCategory.VIOLENCE),
        ("sy disetrika majikan", DangerCategory.VIOLENCE),
        ("kulo digebuki bojone majikan", DangerCategory.VIOLENCE),
        ("my sister is held in a scam company in laos", DangerCategory.CONFINEMENT),
        ("i was sold to another employer", DangerCategory.TRAFFICKING),
        ("disuruh bayar 40 juta biar bisa dilepas", DangerCategory.RANSOM),
        ("sy belum makan 2 hari", DangerCategory.NO_FOOD),
        ("i haven't eaten for 3 days", DangerCategory.NO_FOOD),
        ("nyawa sy terancam", DangerCategory.THREAT),
        ("help i am in danger", DangerCategory.THREAT),
        ("tolong selamatkan sy", DangerCategory.THREAT),
        ("i dont want to live anymore", DangerCategory.SUICIDAL),
        ("mending mati aja", DangerCategory.SUICIDAL),
        ("paspor ditahan, hp disita, ga bisa hubungi keluarga", DangerCategory.CONFINEMENT),  # two weak signs
        ("sy jarang dikasih makan", DangerCategory.NO_FOOD),
        ("my employer doesn't give me food", DangerCategory.NO_FOOD),
        ("I am being abused by my employer", DangerCategory.VIOLENCE),
        ("sy dipegang2 sama bapak majikan", DangerCategory.SEXUAL_ABUSE),
        ("adik sy dijadikan PSK di malaysia", DangerCategory.SEXUAL_ABUSE),
        ("keluarga diminta transfer 30 juta biar sy bisa pulang, tolong", DangerCategory.RANSOM),
        ("they lock me in the room every night", DangerCategory.CONFINEMENT),
        ("sy di kurung majikan", DangerCategory.CONFINEMENT),  # passive prefix typed apart
        ("kulo dipun siksa kaliyan majikan", DangerCategory.VIOLENCE),  # Javanese krama passive
        ("suami majikan maksa sy berhubungan badan", DangerCategory.SEXUAL_ABUSE),
        ("sy jadi korban pelecehan sm anak majikan, skrg masih di rumahnya", DangerCategory.SEXUAL_ABUSE),
        ("perusahaan di kamboja minta 80 juta baru anak sy boleh pulang", DangerCategory.RANSOM),
        ("cuma dikasih makan mie sekali sehari", DangerCategory.NO_FOOD),
        ("i feel like ending my life", DangerCategory.SUICIDAL),
        ("sy kabur dari majikan skrg sembunyi di hutan, takut ketahuan, tolong", DangerCategory.THREAT),
        ("sy dikurung majikan, apakah ada yg bisa bantu?", DangerCategory.CONFINEMENT),  # a victim asking
        ("my employer beats me, is it legal?", DangerCategory.VIOLENCE),
        ("they said if i tell anyone they will kill me", DangerCategory.THREAT),  # reported threat, not "if"
        ("dulu dijanjikan kerja di restoran, sekarang sy dikurung", DangerCategory.CONFINEMENT),
        ("sy ditahan di penampungan udh 3 bulan", DangerCategory.CONFINEMENT),
        ("majikan marah2 terus mukul sy", DangerCategory.VIOLENCE),
        ("abdi teu meunang kaluar ti imah", DangerCategory.CONFINEMENT),  # Sundanese
        ("kulo ora oleh mulih", DangerCategory.CONFINEMENT),  # Javanese
        ("sy pengen bundir", DangerCategory.SUICIDAL),
        ("tolong sy dikunvi dr luar", DangerCategory.CONFINEMENT),  # one wrong letter in a long word
        ("tolonggg sy di pkul majikan", DangerCategory.VIOLENCE),  # prefix apart and a typo
        ("majikan sering grepe2 aku", DangerCategory.SEXUAL_ABUSE),
        ("aku dipekso turu karo bos", DangerCategory.SEXUAL_ABUSE),  # Javanese
        ("adikku didol neng agen liyo", DangerCategory.TRAFFICKING),
        ("abdi tos teu kuat, hoyong maot wae", DangerCategory.SUICIDAL),  # Sundanese
        ("adik sy pendarahan, majikan ga mau bawa ke rs", DangerCategory.MEDICAL),
        ("my employer won't take me to the hospital", DangerCategory.MEDICAL),
        ("anak sy kabur dr majikan, skrg ga tau dimana", DangerCategory.MISSING),  # two weak signs
        ("SOS trafficking victim here", DangerCategory.TRAFFICKING),
        ("dijanjikan kerja pabrik tapi malah disuruh layani tamu di karaoke", DangerCategory.SEXUAL_ABUSE),
        ("majikan suka ngintip sy mandi, sy takut", DangerCategory.SEXUAL_ABUSE),
        ("disuruh kerja scam, kalo nolak kena setrum", DangerCategory.TRAFFICKING),
    ],
)
def test_present_danger_is_flagged(text: str, category: DangerCategory) -> None:
    result = detector.assess(text)

    assert result.urgent, text
    assert category in result.categories
    assert any(reason.startswith(f"{category.value}.") for reason in detector.reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "apa itu TPPO",
        "apakah paspor boleh dipegang majikan?",
        "ciri ciri perdagangan orang",
        "hukuman buat orang yg menyekap pekerja brp tahun",
        "apakah majikan boleh mengunci pintu kamar pekerja",
        "berita pmi disiksa di malaysia kemarin gimana",
        "what is human trafficking",
        "is it legal for my employer to lock the gate at night",
        "teman sy dulu pernah disekap, sekarang sudah pulang. bisa lapor?",
        "what should i do if my boss ever threatens me",
        "minta tebusan itu termasuk tindak pidana apa",
        "kekerasan seksual terhadap pmi diatur di pasal berapa",
        "berapa biaya kerja ke taiwan",
        "gaji saya telat dibayar 2 minggu",
        "majikan galak suka marah, sy mau pindah majikan",
        "jadwal makan di penampungan jam berapa",
        "nomor darurat kbri hongkong",
        "kalau disiksa majikan lapor kemana",  # hypothetical: starts with "kalau"
        "sy overstay ga bisa pulang gmn",
        "penampungan boleh dikunci ga",
        "apa sanksi buat majikan yg memukul",
        "my passport is held by my employer",
        "they sold me a fake visa, can i report it",
        "the employer locked the gate at night, is that allowed?",
        "will working abroad hurt my chances to study",
        "tolong info, kalau luka kerja ditanggung bpjs ga",
        "help me find a legal job in taiwan",
        "bayar denda overstay biar bisa pulang brp",
        "my employer doesn't give me a day off",
        "hp sy rusak ga bisa hubungi keluarga",
        "sy mau kabur dari majikan, boleh ga",
        "sy dulu korban kekerasan, sekarang sudah pulang dan mau kerja lagi",
        "sy pernah dipukul majikan dulu, skrg mau kerja lagi",
        "what if my employer hits me",
        "apakah dipukul majikan termasuk tppo",
        "hukuman buat majikan yg mukulin pembantunya",
        "gaji sy blm dibayar 3 bulan",  # "dibayar" is one letter from "dibakar": never corrected
        "hasil medical sy diperiksa di mana",
        "aku baca di tiktok ada yg disetrum di myanmar, itu bener ga sih",
        "dulu pernah dilecehkan, sekarang sudah di rumah, apa masih bisa dilaporkan?",
        "ada program pencegahan bunuh diri buat pmi ga?",
        "kok bisa sih orang dijual? gimana modusnya",
        "tkw dianiaya majikan dpt bantuan apa",
        "sodara sy hilang kontak 2 minggu",  # a single weak sign
        "",
    ],
)
def test_ordinary_questions_are_not_flagged(text: str) -> None:
    assert not rules.is_urgent(text), rules.assess(text)


# Indirect descriptions and the newer categories; phrasings written for this test.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("majikan ga ngizinin adik sy keluar rumah sama sekali", DangerCategory.CONFINEMENT),
        ("sy pengen pulang tp ga dibolehin agen", DangerCategory.CONFINEMENT),
        ("hpku dirampas bos sejak minggu lalu", DangerCategory.CONFINEMENT),
        ("my phone was confiscated and i can't call my family", DangerCategory.CONFINEMENT),
        ("istri sy ditahan majikan di rumahnya", DangerCategory.CONFINEMENT),
        ("majikan ga ngasih sy makan dr pagi", DangerCategory.NO_FOOD),
        ("we have not been given food since yesterday", DangerCategory.NO_FOOD),
        ("anak sy ga bs dihubungi, hpnya mati terus", DangerCategory.MISSING),
        ("kakak sy ilang, agennya ga mau kasih tau dia dimana", DangerCategory.MISSING),
        ("sy ngumpet di gudang, orang agen lagi nyari2 sy", DangerCategory.HUNTED),
        ("suami majikan pegang golok teriak2 manggil sy", DangerCategory.HUNTED),
        ("he is drunk and has a knife, i am hiding", DangerCategory.HUNTED),
        ("kami mau dinaikin ke perahu tengah malam, ga tau dibawa kemana", DangerCategory.MOVED),
        ("sy dijemput paksa orang agen dr rumah sodara", DangerCategory.MOVED),
        ("sy diusir majikan jam 1 pagi, ga pegang paspor", DangerCategory.STRANDED),
        ("bos nyuruh sy tidur sama tamunya", DangerCategory.SEXUAL_ABUSE),
        ("adik sy mau dinikahkan paksa, dipaksa nikah sama anak majikan", DangerCategory.SEXUAL_ABUSE),
        ("kalo sy nolak kerja mereka bilang sy bakal dijual lagi", DangerCategory.THREAT),
        ("they said they will hurt my mother if i leave", DangerCategory.THREAT),
        ("dia mau mukul sy lagi, sy takut", DangerCategory.VIOLENCE),
        ("they beat us whenever we refuse", DangerCategory.VIOLENCE),
        ("orang itu minta duit 20 juta, kalo ga bayar anak sy ga dilepas", DangerCategory.RANSOM),
        ("temen sekamar sy sesak, susah napas dari tadi, agen diem aja", DangerCategory.MEDICAL),
        ("tangan sy patah tp dibiarin aja sama majikan", DangerCategory.MEDICAL),
        ("pengen minum racun tikus aja biar beres semuanya", DangerCategory.SUICIDAL),
        ("i am going to end it all tonight", DangerCategory.SUICIDAL),
        ("im scared for my life, please", DangerCategory.THREAT),
        ("mereka minta 50 juta biar suami sy dibebasin", DangerCategory.RANSOM),
        ("sy muntah2 terus tp majikan ga bolehin ke klinik", DangerCategory.MEDICAL),
        ("they are holding my brother and want money", DangerCategory.CONFINEMENT),
        ("her employer burns her arms with a hot spoon", DangerCategory.VIOLENCE),
        ("abdi dipiceun ku agen di terminal peuting2", DangerCategory.STRANDED),
        ("ada orang suruhan majikan nungguin di depan, sy takut keluar", DangerCategory.HUNTED),
        ("tolong sy di pelabuhan, sponsornya ngilang bawa paspor sy", DangerCategory.STRANDED),
        ("sy d siksa majikan tiap hari", DangerCategory.VIOLENCE),  # passive prefix shortened and apart
        ("sy takut dipukul lagi sama bos nanti malam", DangerCategory.VIOLENCE),  # feared again: it happened
        ("kalo siang aku dikunci di dapur sm majikan", DangerCategory.CONFINEMENT),  # "kalau" as "when"
        ("adikku ga boleh kluar dr mess", DangerCategory.CONFINEMENT),
        ("kami dipekerjakan paksa di pabrik, pintunya dijaga preman", DangerCategory.TRAFFICKING),
        ("tolongin sy kak", DangerCategory.PLEA),  # a bare cry for help: details often come next
        ("please help us", DangerCategory.PLEA),
        ("kami ga pernah dikasih makan sm agen dr kemarin", DangerCategory.NO_FOOD),
        ("we have not been allowed out of the dorm since march", DangerCategory.CONFINEMENT),
        ("the agency took our phones, we cant contact anyone", DangerCategory.CONFINEMENT),
        ("her boss comes into her bedroom at night", DangerCategory.SEXUAL_ABUSE),
        ("my aunt has a fever and the employer refused to take her to the clinic", DangerCategory.MEDICAL),
        ("please rescue my brother, he is trapped on a boat", DangerCategory.CONFINEMENT),
        ("my niece vanished and her agent is not answering", DangerCategory.MISSING),
        ("adhiku dilarani majikane nganti getihen", DangerCategory.VIOLENCE),  # Javanese
        ("pun adi teu dibere tuang ku dunungan", DangerCategory.NO_FOOD),  # Sundanese
        ("can you help me, im hiding from my boss and he is drunk", DangerCategory.HUNTED),
        # the past is about leaving; the danger is recent
        ("kakak sy ke hk setahun lalu, semalam dia wa katanya disiksa majikan", DangerCategory.VIOLENCE),
        ("my cousin went to oman last year, today she said they lock her in", DangerCategory.CONFINEMENT),
        ("ada motor ngikutin sy dr tadi, sy sendirian di jalan", DangerCategory.HUNTED),
        ("rasanya pengen nyusul almarhum bapak aja", DangerCategory.SUICIDAL),
        ("sy dikasih makan cuma nasi putih sekali", DangerCategory.NO_FOOD),
        ("mami di cafe nyuruh sy jual diri", DangerCategory.SEXUAL_ABUSE),
        ("agen maksa kami naik kapal malam ini", DangerCategory.MOVED),
        ("her roommate tried to kill herself yesterday", DangerCategory.SUICIDAL),
        ("aku pengen ngombe obat nyamuk wae", DangerCategory.SUICIDAL),
        ("the driver tries to enter my room, i am scared", DangerCategory.SEXUAL_ABUSE),
        ("kami diperlakukan kayak budak sm bos kapal", DangerCategory.TRAFFICKING),
        ("udah ga sanggup lagi, mau terjun dari jembatan", DangerCategory.SUICIDAL),
        ("the agent won't give us food till we pay", DangerCategory.NO_FOOD),
        ("bos nyiramin sy pake minyak panas", DangerCategory.VIOLENCE),
        ("udah 2 hari kami cuma minum air, ga ada makanan", DangerCategory.NO_FOOD),
        ("rasanya mau akhiri semuanya malam ini", DangerCategory.SUICIDAL),
        ("my aunt said she wants to take her own life", DangerCategory.SUICIDAL),
        ("istri sy ilang, agennya pura2 ga tau", DangerCategory.MISSING),
        ("aku lari dari rumah majikan, skrg dikejar sopirnya", DangerCategory.HUNTED),
        ("the boss poured hot water on her hands", DangerCategory.VIOLENCE),
        ("they threw my cousin overboard", DangerCategory.VIOLENCE),
        ("sy dicekoki obat tidur sama agen", DangerCategory.VIOLENCE),
        ("agen nahan kami di ruko, harus bayar 15 juta dulu baru boleh pulang", DangerCategory.CONFINEMENT),
        ("hp kami dimatikan, ga boleh ngomong sama siapa2", DangerCategory.CONFINEMENT),
        ("pembantu disuruh tidur di teras sama nyonya, ini adik sy", DangerCategory.VIOLENCE),
        ("they keep her in a cage at night", DangerCategory.VIOLENCE),
        ("my employer's husband grabbed me last night", DangerCategory.SEXUAL_ABUSE),
        ("anak majikan nyoba buka baju sy", DangerCategory.SEXUAL_ABUSE),
        ("her boss broke her arm", DangerCategory.VIOLENCE),
        ("preman mau bawa sy paksa ke pelabuhan", DangerCategory.MOVED),
        ("kami ditahan di bandara sama orang yg ngaku dr pt", DangerCategory.CONFINEMENT),
        ("majikan nyiram sy pake air es kalo sy ketiduran", DangerCategory.VIOLENCE),  # a habit
        ("anak sy dibawa kabur sponsor, nomornya ga aktif", DangerCategory.CONFINEMENT),
        ("tangan sy patah tp majikan nyuruh tetap kerja", DangerCategory.MEDICAL),
        ("bos maksa sy minum miras tiap malam", DangerCategory.SEXUAL_ABUSE),
        ("nyonya jambak rambut sy tiap hari", DangerCategory.VIOLENCE),
        ("bos ngelempar piring ke muka sy", DangerCategory.VIOLENCE),
        ("mami nyuruh sy telanjang buat difoto", DangerCategory.SEXUAL_ABUSE),
        ("my cousin is on a boat and the captain beats the crew", DangerCategory.VIOLENCE),
        ("kakak sy dirantai di gudang", DangerCategory.CONFINEMENT),
        ("they are threatening my parents back home", DangerCategory.THREAT),
        ("anak majikan suka memegang megang badan sy kalau rumah sepi", DangerCategory.SEXUAL_ABUSE),
        ("bos ngeraba raba sy di dapur", DangerCategory.SEXUAL_ABUSE),
        ("pun teu dipasihkeun emam tilu dinten", DangerCategory.NO_FOOD),  # Sundanese
        ("istri sy diangkut ke lokasi yg gak dia kenal, hp mau habis", DangerCategory.MOVED),
        ("they moved us to a house we don't know", DangerCategory.MOVED),
        ("sy ga blh keluar sebelum melunasi denda ke pt", DangerCategory.RANSOM),
        ("kata bos kalau belum lunas utangnya adik sy ga bisa bebas", DangerCategory.RANSOM),
        ("gerbangnya digembok dan sy ga bs kabur dari mess", DangerCategory.CONFINEMENT),
        ("bos ngurungin kami di dapur seharian", DangerCategory.VIOLENCE),  # "-in" on an active verb
        ("anak majikan ngelecehin adik sy", DangerCategory.SEXUAL_ABUSE),
        ("kakak sy ditelanjangin sama mandor", DangerCategory.SEXUAL_ABUSE),
        ("the foreman keeps touching her and she cries", DangerCategory.SEXUAL_ABUSE),
        ("nyonya nimpukin sendok ke sy sampe benjol", DangerCategory.VIOLENCE),
        ("dua hari ini agen ga ngizinin kami minum", DangerCategory.NO_FOOD),
        ("the madam does not allow us to drink until the work is done", DangerCategory.NO_FOOD),
        ("rasanya sy udah pasrah sama hidup, capek dimarahin terus", DangerCategory.SUICIDAL),
        ("honestly i think i'm better off dead", DangerCategory.SUICIDAL),
        ("kami dikunci di gudang, banyak pekerja disetrum tiap malam", DangerCategory.CONFINEMENT),
        ("tangan kakak sy diborgol di tiang", DangerCategory.CONFINEMENT),
        ("mandor nyuruh adik sy tidur sama dia", DangerCategory.SEXUAL_ABUSE),
        ("madam maksa sy tidur bareng suaminya", DangerCategory.SEXUAL_ABUSE),
        ("kami ditinggalkan tekong di pantai tengah malam", DangerCategory.STRANDED),
        ("nyonya ngusir sy jam 2 pagi tanpa paspor", DangerCategory.STRANDED),
        ("bosku nggebuki aku nganggo sapu", DangerCategory.VIOLENCE),  # Javanese, enclitic on the boss
        ("dunungan sok nampiling abdi", DangerCategory.VIOLENCE),  # Sundanese
        ("adi abdi diteunggeul dunungan", DangerCategory.VIOLENCE),
        ("abdi teu kenging uih ku agensi, dikonci di bumi", DangerCategory.CONFINEMENT),
        ("I'm afraid my niece has been trafficked to Dubai", DangerCategory.TRAFFICKING),
        ("suami sy terjatuh dari atap pas kerja, skrg koma", DangerCategory.MEDICAL),
        ("ibu sy kritis di rs, majikan ga mau tanggung biaya", DangerCategory.MEDICAL),
        ("my sister fell from the balcony and nobody helps", DangerCategory.MEDICAL),
        ("tangan kakak sy dipatahkan mandor", DangerCategory.VIOLENCE),
        ("bos suka meremas dada sy kalau istrinya keluar", DangerCategory.SEXUAL_ABUSE),
        ("mami nyuruh sy foto bugil buat dikirim ke tamu", DangerCategory.SEXUAL_ABUSE),
        ("mandor nyuruh kami tidur di belakang kandang", DangerCategory.VIOLENCE),
    ],
)
def test_indirect_and_new_danger_signs_are_flagged(text: str, category: DangerCategory) -> None:
    result = detector.assess(text)

    assert result.urgent, (text, result)
    assert category in result.categories, (text, result)


# Same words, safe contexts: asked about, hypothetical, over, reported for study, or not about danger.
@pytest.mark.parametrize(
    "text",
    [
        "sy ga bisa keluar negeri krn paspor blm jadi",
        "anak sy blm boleh pulang kampung, masih kontrak",
        "hp sy diambil agen pas pelatihan, emang boleh gitu?",
        "kalau ga dikasih makan majikan harus lapor ke mana",
        "nomor yg bisa dihubungi kalau dipukul majikan apa",
        "ke mana pmi bisa minta tolong kalau disekap agen",
        "bunuh diri itu dosa ga sih",
        "kenapa banyak pmi yang disiksa di luar negeri",
        "my cousin told me about girls locked in a house in dubai, is that trafficking?",
        "my aunt was locked in years ago, she is home now",
        "buat skripsi: apa bedanya penyekapan sama penculikan",
        "sy bikin cerpen ttg abk yg dibuang ke laut, prosedur pemulangannya gmn",
        "how many workers were rescued from scam compounds last year",
        "sy belum pernah ke luar negeri, naik kapal ke batam bisa?",
        "majikan ngajak jalan2 naik mobil ke mall, boleh ga nolak",
        "kalau kapal berangkat tengah malam boleh bawa bekal?",
        "khawatir gaji dipotong agensi, gimana cek nya",
        "ortu sy khawatir kalau sy kerja ke taiwan",
        "anak sy ga ada kabar 3 hari, mungkin sibuk kerja",
        "apa yg harus disiapin biar ga jadi korban perdagangan orang",
        "cara menghindari disekap calo gimana",
        "ibu sy khawatir sy kerja naik kapal pesiar",
        "can an agency hold my passport for safekeeping",
        "mau daftar kerja ke taiwan tp takut dijual agen",  # a fear, not something that happened
        "sy ga boleh pulang pas lebaran sama agensi, wajar ga",
        "tolong kak info syarat kerja ke korea",
        "please help me find a job in japan",
        "bos sy cerewet tapi ga pernah mukul kok",  # denied
        "apa pmi bisa dipenjara kalau kerja pake visa turis",  # possible, not happening
        "kata orang banyak pmi yang disekap di laos, bener?",  # generic hearsay
        "sy ga bisa pulang krn ga ada uang tiket pesawat",
        "is it normal that my agency keeps my phone during training at night",
        "could i get help if my employer hits me",
        "kenapa agen minta paspor sy disimpan",
        "kumaha upami dikurung dunungan, lapor ka mana",  # Sundanese "if"
        "tahun lalu sy disekap agen, tapi sekarang udah aman di kampung",
        "sy pengen terjun ke dunia kerja di luar negeri",
        "mau loncat ke agensi lain boleh ga",
        "pt nahan ijazah sm kk sy, boleh ga",
        "sy pulang dulu baru daftar lagi, bisa?",
        "sy tidur di teras rumah sodara, besok mau daftar ke disnaker",  # "di teras" is not "diperas"
        "majikan membayar gaji sy telat terus",  # "membayar" is not a typo of "membakar"
        "uang sy dibawa kabur calo, bisa dilaporkan?",
        "suami sy ditahan di imigrasi malaysia, kapan dideportasi",
        "kerja di taiwan gajinya brp",  # "di taiwan" never joins into a danger word
        "sy sudah diikat kontrak 2 tahun, bisa keluar?",
        "katanya agen dilarang mukul pekerja ya?",  # a rule forbidding the act
        "di taiwan majikan tidak boleh nyiksa pekerja kan",
        "sy cemas nanti bakal dipukul kalau kerja di luar, gmn biar aman",  # feared in the future
        "persentase pmi yg disiksa majikan itu brp",  # statistics
        "jumlah kasus pmi disekap agen tahun ini ada brp",
        "pas puasa majikan ga ngebolehin sy makan siang, boleh gitu?",  # a meal rule
        "sy ga boleh makan bareng majikan, wajar ga",
        "am i allowed to eat with the family or separately",
        "my employer won't let me drink alcohol, fine by me",
        "jangan pernah menyerah sama hidup di negeri orang ya",
        "sy takut ditipu agen, cara ngecek izinnya gmn",  # the fear is the weak sign, not an aggravation
        "katanya banyak pmi dianiaya di sana, bener ga?",  # a generic subject
        "ongkos menebus paspor yg ditahan pt brp",  # redeeming a document, not a ransom
        "bojoku kerja neng taiwan, majikane apik ora tau nggebugi",  # Javanese "never"
        "sy sering pegang dada kalau sesak napas, perlu cek medical lagi?",  # own body, not touched
        "rambut wajib dipotong pendek di asrama pelatihan?",
        "majikan ngajak sy nginep di hotel pas liburan keluarga, boleh nolak?",
        "my phone battery is dying, what is the hotline number",  # a battery, not a person
        "lowongan perawat icu buat pasien kritis di jepang syaratnya apa",  # a profession
        "naik perahu ke tawau lewat laut malam2 aman gak",  # asking whether a route is safe
        "is it risky to go in a boat across the border at night",
        "my employer touched my hand when giving the salary, is that normal",
        "ciri2 tkw yg mau dijual calo itu gmn mengenalinya",  # recognising the signs
        "what are the signs my sister is being trafficked, how to tell",
    ],
)
def test_safe_contexts_of_danger_words_are_not_flagged(text: str) -> None:
    assert not rules.is_urgent(text), rules.assess(text)


# Ordinary first-person messages that once raised the alarm (the first six, through the learned model and
# the "kk" slang clash) and variants of them that are not in the training sets: the whole detector, model
# included, must leave them alone.
@pytest.mark.parametrize(
    "text",
    [
        "sy cm punya ktp sm kk",
        "hp sy gk ada pulsa",
        "sy takut naik pesawat kak",
        "sy gk punya hp sendiri, pinjem punya adik",
        "anak sy masih kecil, sy titip ke ibu",
        "majikan sy di penang",
        "sy cuma pny ktp sama kk doang kak",
        "ktp kk ijazah udh lengkap, kurang apa lg",
        "pulsa sy habis kak, nanti sy sms lg",
        "hp sy gak ada sinyal di kamar",
        "kuota sy tinggal dikit, jawab singkat aja ya",
        "sy takut ga bisa bahasa inggris",
        "sy takut gajinya kecil",
        "sy ga pny hp, ini pinjem hp tetangga",
        "sy pinjam hp ibu buat daftar",
        "anak sy msh bayi, sy titipin ke kakak sy",
        "sy titip anak ke suami, dia kerja di rumah",
        "anak sy tinggal sama neneknya di kampung",
        "majikan sy di ipoh",
        "majikan sy di kaohsiung",
        "majikan sy orang singapura, baik bgt",
        "majikan sy tinggal di dubai marina",
        "sy skrg di selangor, mau tanya cuti",
        "sy di riyadh udh setahun",
        "sy di rumah sendirian, suami kerja",
        "sy sakit gigi kak, ke dokter gigi di hk mahal ga",
        "sy kangen rumah kak",
        "sy capek belajar bahasa jepang",
        "sy ga ada uang buat tiket pulang lebaran tahun ini",
        "sy gk punya kartu bpjs, bikin dimana",
        "kakak sy kerja di taiwan, sy mau ikut",
        "my employer is in ipoh",
        "my phone has no credit",
        "i am afraid of the interview",
        "i borrowed my cousin's phone to ask this",
        "my baby stays with my mother while i work",
    ],
)
def test_ordinary_first_person_messages_raise_no_alarm(text: str) -> None:
    assert not detector.is_urgent(text), detector.assess(text)


def test_kk_among_papers_is_the_family_card_not_a_sister() -> None:
    assert detector.normalized("sy cm punya ktp sm kk") == "saya cuma punya ktp sama kartu keluarga"
    assert detector.normalized("tlg kk sy di myanmar") == "tlg kakak saya di myanmar"


def test_a_broker_out_of_reach_is_fraud_not_a_missing_person() -> None:
    assert not rules.is_urgent("sy udh bayar 15jt ke calo, skrg calonya ga bisa dihubungi")
    assert rules.is_urgent("anak sy ga bisa dihubungi, hpnya mati")


def test_asking_for_help_overrides_question_cues() -> None:
    assert detector.is_urgent("tolong, apakah ini termasuk TPPO? sy dijual ke agen lain")


def test_a_weak_sign_alone_is_not_enough() -> None:
    assert not rules.is_urgent("kaki sy luka kena pisau waktu masak")
    assert detector.is_urgent("tolong kaki sy luka dipukul majikan")


def test_reasons_are_rule_ids_not_text() -> None:
    text = "sy dikurung dan ga dikasih makan"
    result = detector.assess(text)

    assert detector.reasons(text) == ("confinement.locked_up", "no_food.not_fed")
    assert result.categories == (DangerCategory.CONFINEMENT, DangerCategory.NO_FOOD)


# Suppositions, hearsay, the news and worries before leaving describe danger that is not happening to the
# writer: the whole detector, model included, leaves them alone (variants, not the sentences of any set).
@pytest.mark.parametrize(
    "text",
    [
        "kalo misal nanti paspor sy dikunci majikan gmn kak",
        "umpama nanti di sana hp sy disita, bs lapor kmn?",
        "kalau misalnya sy gk digaji 3 bulan, itu hrs ngadu ke siapa",
        "kata temen katanya dipukul majikannya",
        "kata tetangga ada pmi dikurung di arab, bener gk sih",
        "temen sy cerita ada tkw disiksa jaman dulu",
        "di TV ada TKW disiksa majikan, serem",
        "td liat di tiktok ada yg dijual ke kamboja, ngeri",
        "baca artikel ttg abk dipukul kapten, gmn biar aman",
        "di arab panas, takut gk kuat",
        "sy mau ke malaysia tp takut dipukul majikan",
        "takut gk betah kerja di taiwan kak",
    ],
)
def test_suppositions_hearsay_news_and_worries_raise_no_alarm(text: str) -> None:
    assert not detector.is_urgent(text), detector.assess(text)


# A threat against the family with the threatener at the door, and a wish to be gone said without "mati":
# urgent, and hearsay about a relative or about now stays urgent.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "bos bilang kalo sy nolak nemenin tamu, ortu sy di kampung bakal didatangin."
            " dia nunggu di depan kamar",
            DangerCategory.THREAT,
        ),
        ("kata agen keluarga sy bakal diapa2in kalo sy kabur", DangerCategory.THREAT),
        ("udh gk ada harapan lg, mending aku gk usah hidup aja", DangerCategory.SUICIDAL),
        ("lebih baik sy gk ada lagi biar gk jadi beban keluarga", DangerCategory.SUICIDAL),
        ("kata temen sy tadi adik sy dipukul majikan sampe pingsan", DangerCategory.VIOLENCE),
    ],
)
def test_threats_to_family_and_wishes_to_be_gone_are_flagged(text: str, category: DangerCategory) -> None:
    result = detector.assess(text)
    assert result.urgent, result
    assert category in result.categories, result


# Danger said without its name: sex demanded for a passport or pay, a night transfer in a closed vehicle,
# belongings given away or last words at a roof or a bridge, a stranger on her phone saying she is gone; and
# harm promised if she reports or runs. Fresh probes in slang, Javanese, Sundanese and English, none from a
# labelled set.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "mbak, agensi bilang gajiku ga bakal dikasih kalau aku ga mau nemenin bos minum di hotel"
            " nanti malam",
            DangerCategory.SEXUAL_ABUSE,
        ),
        (
            "teh, paspor abdi dicekel ku agen, cenah kudu ngalayanan tamu heula ameh dipulangkeun",
            DangerCategory.SEXUAL_ABUSE,
        ),
        (
            "they keep my passport and say i get it back only if i sleep with the owner's friend",
            DangerCategory.SEXUAL_ABUSE,
        ),
        ("we are in the back of a truck covered with tarp, driving since midnight", DangerCategory.MOVED),
        (
            "kami disuruh masuk perahu jam 3 pagi, katanya nyebrang ke sabah, paspor dibawa tekong",
            DangerCategory.MOVED,
        ),
        (
            "adik sy td pagi telp, katanya disuruh ikut mobil agensi malam ini ke tempat baru,"
            " temennya yg kemarin ikut ga balik",
            DangerCategory.MOVED,
        ),
        (
            "aku wis menehke kalung lan hp marang kancaku, aku ora butuh maneh. salam kanggo mamak",
            DangerCategory.SUICIDAL,
        ),
        (
            "i gave my savings to my roommate, i won't need it anymore. tell my kids mama loves them",
            DangerCategory.SUICIDAL,
        ),
        ("abdi di luhur gedong, anginna tiis. meureun ieu chat terakhir abdi", DangerCategory.SUICIDAL),
        ("sy di rooftop apartemen majikan, udah cape bgt hidup kayak gini", DangerCategory.SUICIDAL),
        (
            "i'm at the bridge near the factory. sorry mom, i can't send money anymore",
            DangerCategory.SUICIDAL,
        ),
        (
            "pas sy telp hp kakak sy yg angkat laki2 ngaku majikannya, katanya kakak udh ga di sana,"
            " jgn dicari",
            DangerCategory.MISSING,
        ),
        (
            "anakku ora iso dihubungi, sing ngangkat wong lanang ngaku bose, jarene ojo digoleki maneh",
            DangerCategory.MISSING,
        ),
        ("kalo sy kabur mereka bakal bunuh sy, skrg sy di kamar mandi", DangerCategory.THREAT),
        ("kalau aku lapor ke polisi dia bakal bunuh aku", DangerCategory.THREAT),
        (
            "sy lg baca berita ttg pmi sambil ngumpet di wc, majikan td mukul sy pake sapu",
            DangerCategory.VIOLENCE,
        ),
        ("nonton tiktok sambil nangis, majikan td nendang perut sy, sy lagi hamil", DangerCategory.VIOLENCE),
        (
            "pintu kamar sy dikunci jam 8 malam dari luar sampai pagi, ga bisa ke wc",
            DangerCategory.CONFINEMENT,
        ),
    ],
)
def test_danger_told_without_its_name_is_flagged(text: str, category: DangerCategory) -> None:
    result = detector.assess(text)
    assert result.urgent, result
    assert category in result.categories, result


# The same scary topics asked about: a video or the news seen, a fear of later over there, a rumour before
# leaving, a door locked at a set hour, a broker gone with the money, an illness already seen to, whether an
# office helps, a last chat before the training centre keeps phones, a goodbye to the village.
@pytest.mark.parametrize(
    "text",
    [
        "td nonton tiktok tkw dipukul majikan di arab, sedih bgt. di hongkong aman ga sih?",
        "saw a documentary about girls forced to work in karaoke bars in malaysia, how do agencies"
        " trick them?",
        "di grup wa rame berita ABK hilang di laut, itu kapal apa ya?",
        "di tiktok rame katanya pmi di arab dipenjara kalau kabur, bener ga?",
        "kalo nanti di taiwan majikan ngunci sy di kamar, lapor ke 1955 bisa bahasa indonesia ga?",
        "takutnya nanti disuruh nemenin tamu kayak di film, kerja caregiver ga gitu kan?",
        "katanya di asrama pabrik taiwan hp disita pas kerja, emang gitu ya? sy blm berangkat",
        "katanya di kapal ikan taiwan abk sering dipukul, bener ga? suami sy mau daftar",
        "asrama sy pintunya dikunci jam 10, kalo lembur pulang malem gimana?",
        "the dorm gate is locked at 10pm every night, can i ask to come back later on sundays?",
        "calo nya kabur bawa duit sy 5 jt, dia ga bisa dihubungi lagi. bisa dituntut?",
        "the agent took my deposit and now he is not answering, where do i report him?",
        "minggu lalu sempat pingsan pas kerja, udh dibawa ke klinik sm majikan, skrg udh sehat."
        " boleh minta cuti?",
        "sy sempat demam tinggi minggu lalu, udh ke dokter, sekarang udh sembuh. potong gaji ga?",
        "if my boss threatens to deport me for asking for a day off, can the labour department help?",
        "kalo sy lapor agen ke bp3mi, nanti sy dimarahin agen ga?",
        "mungkin ini chat terakhir sy sblm hp dikumpulin di penampungan, doain lancar ya kak",
        "selamat tinggal kampung halaman, besok terbang ke taiwan, doain ya",
        "sy ga mau nemenin anak majikan main game tiap malem, boleh nolak?",
        "jembatan di deket mess roboh kena banjir, jalan ke pabrik lewat mana ya",
    ],
)
def test_scary_topics_asked_about_raise_no_alarm(text: str) -> None:
    assert not detector.is_urgent(text), detector.assess(text)


# A distress call with nothing else is a cry for help; the same word in a question, or a command word typed
# alone, is not.
@pytest.mark.parametrize(
    "text", ["SOS kak", "SOS", "tolong!!", "tulung", "darurat kak", "help me", "tolong tolong"]
)
def test_a_bare_distress_call_is_flagged(text: str) -> None:
    assert rules.is_urgent(text), rules.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "SOS itu apa",
        "nomor SOS brp",
        "tombol sos di hp gmn",
        "darurat",
        "emergency",
        "nomor darurat di hongkong",
    ],
)
def test_a_distress_word_in_a_question_is_not_a_call(text: str) -> None:
    assert not rules.is_urgent(text), rules.assess(text)


# Unconscious, hunted after escaping, despair about living or leaving for good, in each language.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "tonggoku crito anake ning taiwan ditemokake semaput nang kamar, ora digowo rs",
            DangerCategory.MEDICAL,
        ),
        ("teh, adi abdi kapiuhan di kamar, teu aya nu ngurus", DangerCategory.MEDICAL),
        ("anak kulo mboten sadar wonten kamar, mboten dipun beta dateng rumah sakit", DangerCategory.MEDICAL),
        (
            "sy relawan, ada 3 pmi baru lolos dari kebun, luka2, mandor nyari pake mobil",
            DangerCategory.HUNTED,
        ),
        ("aku mlayu saka omahe majikan, saiki digoleki sopire", DangerCategory.HUNTED),
        ("we just escaped from the boat, the captain is looking for us", DangerCategory.HUNTED),
        ("ngapain hidup klo cm jd sapi perah. besok sy berhenti aja selamanya", DangerCategory.SUICIDAL),
        ("wis, sesuk aku ora bakal ngrepoti sopo2 maneh", DangerCategory.SUICIDAL),
        ("udah gak bakal nyusahin siapa2 lagi, maafin sy mak", DangerCategory.SUICIDAL),
        ("abdi moal ngarepotkeun saha-saha deui", DangerCategory.SUICIDAL),
        ("i'll stop for good tomorrow, i won't be a burden anymore", DangerCategory.SUICIDAL),
    ],
)
def test_unconscious_hunted_and_leaving_for_good_are_flagged(text: str, category: DangerCategory) -> None:
    result = rules.assess(text)
    assert result.urgent, result
    assert category in result.categories, result


@pytest.mark.parametrize(
    "text",
    [
        "kabur dr majikan trus kerja freelance di malaysia bisa dipenjara gk?",
        "kalau bapak saya ditahan polisi di malaysia, keluarga harus ngapain?",
        "pertama kali naik pesawat, boleh bawa sambel di koper?",
        "besok sy berhenti kerja aja, capek",
        "ga mau ngerepotin, mau tanya aja kak",
        "sy gak akan ngerepotin kakak lagi kok, visanya udah sy urus sendiri",
        "ngapain hidup di malaysia kalau gaji kecil, mending pulang ya kak",
        "kalau kabur dari majikan bakal dicari polisi gak?",
        "sy relawan ngo, mau tau alur pengaduan kp2mi kayak gimana",
    ],
)
def test_legal_questions_and_everyday_leaving_raise_no_alarm(text: str) -> None:
    assert not detector.is_urgent(text), detector.assess(text)
