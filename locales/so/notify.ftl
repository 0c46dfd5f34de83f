## Fariimaha uu ogeysiiyuhu (frontdesk-server --notify) u diro qofka codsaday in loo sheego marka
## codsi isbeddelo: ogeysiisyada biraawsarka, iimaylada, iyo bogagga yaryar ee xiriiriyayaashoodu
## furaan. Hagaha turjubaannada: locales/README.md

notify-title = Codsiga { $id } wuu isbeddelay
notify-body-status = Xaaladda: { $status }
notify-body-note = Qoraal ka yimid magaalada: { $note }
notify-body-expected = Waxaa la filayaa ka hor { $date }
notify-body-closed = Codsigan waa la xiray. Fariimo kale oo ku saabsan kuma soo gaari doonaan.
notify-email-open = Eeg codsiga:
notify-email-stop = Si aad u joojiso iimayladan, fur xiriiriyahan:

notify-confirm-subject = Xaqiiji iimaylada ku saabsan codsiga { $id }
notify-confirm-body = Qof, waxaan rajaynaynaa inaad adigu tahay, ayaa codsaday iimayl mar kasta oo codsiga { $id } isbeddelo. Si aad u hesho, fur xiriiriyahan:
notify-confirm-ignore = Haddii aanad adigu ahayn, iska dhaaf iimaylkan: wax kale looma diri doono cinwaankan.

notify-page-confirmed = Waa dhammaatay. Waxaad heli doontaa iimayl marka codsiga { $id } isbeddelo.
notify-page-stopped = Waa dhammaatay. Fariimo kale oo ku saabsan codsiga { $id } kuma soo gaari doonaan.
notify-page-unknown = Xiriiriyahani hadda ma shaqeeyo: fariimihii uu khuseeyay horay ayaa loo joojiyay.
notify-page-back = Tag codsiga
