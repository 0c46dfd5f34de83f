## Mensagens que o notificador (frontdesk-server --notify) envia a um residente que pediu para ser avisado
## quando um pedido muda: notificações do navegador, e-mails e as pequenas páginas que as suas ligações abrem.
## A aplicação não as mostra; os estados por palavras vêm de main.ftl (status-word-...).
## $id é o número de referência do pedido, $status o seu estado por palavras, $note a nota da cidade
## (tal como a cidade a escreveu), $date uma data escrita como 2026-12-10.

notify-title = O pedido { $id } foi alterado
notify-body-status = Estado: { $status }
notify-body-note = Nota da cidade: { $note }
notify-body-expected = Previsto até { $date }
notify-body-closed = Este pedido está encerrado. Não vai receber mais mensagens sobre ele.
notify-email-open = Ver o pedido:
notify-email-stop = Para deixar de receber estes e-mails, abra esta ligação:

notify-confirm-subject = Confirme os e-mails sobre o pedido { $id }
notify-confirm-body = Foi pedido, esperamos que por si, o envio de um e-mail sempre que o pedido { $id } mudar. Para receber estes e-mails, abra esta ligação:
notify-confirm-ignore = Se não fez este pedido, ignore este e-mail: não será enviado mais nada para este endereço.

notify-page-confirmed = Feito. Vai receber um e-mail quando o pedido { $id } mudar.
notify-page-stopped = Feito. Não vai receber mais mensagens sobre o pedido { $id }.
notify-page-unknown = Esta ligação já não funciona: as mensagens a que se referia já foram paradas.
notify-page-back = Ir para o pedido
