"""The staff chat's own strings (Indonesian only: the staff are BP3MI officers)."""

from __future__ import annotations

NOT_HERE = "Perintah ini hanya untuk petugas di grup petugas."
REFUSED = "Tidak diizinkan."
NOT_FOUND = "Kasus tidak ditemukan."
NOT_A_CARD = (
    "ℹ️ Balasan ini <b>tidak diteruskan</b> ke pelapor: pesan yang Anda balas bukan kartu kasus. "
    "Balas kartu kasusnya (atau buka <code>/kasus TIKET</code>) untuk menulis ke pelapor."
)
CARD_NOT_LINKED = (
    "⚠️ Balasan Anda <b>tidak terkirim</b> ke pelapor: kartu {ticket} belum tercatat di bot. "
    "Kirim lagi sebagai balasan kartu itu sebentar lagi, atau buka <code>/kasus {ticket}</code>."
)
FILTER_WORDS_HELP = "baru, proses, tunggu, selesai, tolak, rujuk, semua, urgen, saya, bebas"
UNKNOWN_FILTER = (
    "Filter tidak dikenal: <code>{words}</code>.\nFilter yang ada: "
    + FILTER_WORDS_HELP
    + ".\nContoh: <code>/kasus urgen bebas</code>, atau <code>/kasus ADU-000123</code> untuk satu kasus."
)
STAFF_HELP = f"""<b>Perintah petugas</b>
/kasus - antrean terbuka (30 per halaman); filter: {FILTER_WORDS_HELP}
/kasus ADU-000123 - kasus lengkap dengan cerita, pesan dan jejaknya
/cari KATA - cari di tiket, cerita, agensi, negara, provinsi, nama
/statistik - jumlah per status, kategori, negara dan umur kasus
/export [DARI] [SAMPAI] - CSV kasus (tanggal YYYY-MM-DD; bawaan: 30 hari terakhir)
/konsol - kirim di chat pribadi dengan bot: tautan masuk konsol petugas di browser
/staff list | add ID [officer|admin|editor] [PROVINSI|nasional] [NAMA] | remove ID - daftar petugas;
  admin menambah, mengubah (yang tidak ditulis tetap) atau menghapus

Di kartu kasus: 🙋 Ambil (🔁 Ambil alih bila sudah dipegang), 📝 Catatan, 💬 Balasan siap, status, prioritas.
Selesai, Tolak dan Rujuk menanyakan alasannya (dikirim ke pelapor); Tunggu pelapor menanyakan pertanyaannya.
<b>Balas</b> kartu (reply) untuk menulis ke pelapor; awali dengan <b>!</b> untuk catatan internal.
Petugas provinsi hanya melihat kasus provinsinya."""
REFUSALS_TEXT = {
    "transition": "Perubahan status itu tidak bisa dari status sekarang.",
    "input": "Tombol tidak dikenal.",
}
ASK_REASON = {
    "done": "✅ <b>Selesaikan {ticket}</b>",
    "rej": "⛔ <b>Tolak {ticket}</b>",
    "ref": "↪️ <b>Rujuk {ticket}</b> ke {agency}",
}
ASK_REASON_TAIL = (
    "Pilih alasan, atau <b>balas pesan ini</b> dengan alasan Anda sendiri. "
    "Alasannya dikirim ke pelapor bersama langkah yang bisa ia lakukan."
)
ASK_AGENCY = (
    "↪️ <b>Rujuk {ticket}</b>: ke instansi mana? Pilih, atau <b>balas pesan ini</b> dengan nama instansinya."
)
# The prompt is titled after the button pressed: waiting for documents is not waiting for an answer.
WAIT_TITLES = {"clarification": "⏳ Tunggu pelapor", "documents": "📄 Tunggu dokumen"}
ASK_QUESTION = (
    "<b>{title} {ticket}</b>: tulis pertanyaan untuk pelapor dengan <b>membalas pesan ini</b> "
    "(atau kartunya), atau pilih pertanyaan siap di bawah. Status menjadi Menunggu pelapor setelah "
    "pertanyaan terkirim, dan kembali ke Diproses saat ia menjawab."
)
ASK_TAKE_OVER = "🙋 <b>{ticket}</b> sedang ditangani {name}. Ambil alih? {name} akan diberi tahu di grup ini."
SENT_AS_QUESTION = "⏳ Dikirim sebagai pertanyaan <b>Tunggu pelapor</b> ({ticket})."
TEMPLATES_HEADER = "💬 <b>Balasan siap untuk {ticket}</b> (tekan untuk mengirim ke pelapor):"
CANCELLED = "Dibatalkan."
CONFIRM_URGENT = {
    "done": "🔴 <b>Selesaikan {ticket}?</b> Kasus ini ditandai URGEN. Yakin?",
    "rej": "🔴 <b>Tolak {ticket}?</b> Kasus ini ditandai URGEN. Yakin?",
}
CONFIRM_URGENT_YES = "Ya, lanjutkan"
