## Cov lus uas lub tshuab xa xov (frontdesk-server --notify) xa rau ib tug neeg nyob hauv lub nroog uas thov kom qhia
## thaum ib daim ntawv thov hloov: lus ceeb toom hauv lub tshuab qhib vev xaib, email, thiab cov nplooj ntawv me uas lawv cov kab txuas qhib.
## Lub vev xaib tsis qhia cov lus no; cov lus xwm txheej los ntawm main.ftl (status-word-...).
## $id yog daim ntawv thov tus lej cim, $status yog nws cov xwm txheej ua lus, $note yog lus sau los ntawm lub nroog
## (raws li lub nroog sau), $date yog ib hnub tim sau zoo li 2026-12-10.

notify-title = Daim ntawv thov { $id } tau hloov lawm
notify-body-status = Xwm txheej: { $status }
notify-body-note = Lus sau los ntawm lub nroog: { $note }
notify-body-expected = Xav tias yuav tiav rau { $date }
notify-body-closed = Daim ntawv thov no kaw lawm. Koj yuav tsis tau lus txog nws ntxiv lawm.
notify-email-open = Saib daim ntawv thov:
notify-email-stop = Yog xav nres cov email no, qhib txoj kab txuas no:

notify-confirm-subject = Lees paub cov email txog daim ntawv thov { $id }
notify-confirm-body = Muaj ib tug neeg, peb vam tias yog koj, tau thov kom xa ib tsab email txhua zaus daim ntawv thov { $id } hloov. Yog xav tau cov email no, qhib txoj kab txuas no:
notify-confirm-ignore = Yog tias tsis yog koj, tsis txhob quav ntsej tsab email no: yuav tsis xa dab tsi ntxiv rau qhov chaw nyob email no lawm.

notify-page-confirmed = Ua tiav lawm. Koj yuav tau ib tsab email thaum daim ntawv thov { $id } hloov.
notify-page-stopped = Ua tiav lawm. Koj yuav tsis tau lus txog daim ntawv thov { $id } ntxiv lawm.
notify-page-unknown = Txoj kab txuas no siv tsis tau lawm: cov lus uas nws hais txog twb nres lawm.
notify-page-back = Mus rau daim ntawv thov
