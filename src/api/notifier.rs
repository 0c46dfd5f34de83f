//! The notifier's calls (issue 16): only the updates piece makes them.

use gloo_net::http::Request;

use super::{FetchError, abort_on_timeout, failure};

/// How the app calls the notifier (issue 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotifierMethod {
    Get,
    Post,
    Delete,
}

/// A call to the notifier (`frontdesk-server --notify`, `/notify/v1/...`) within
/// [`FETCH_TIMEOUT`], with a JSON body when given: the status and the body, whatever the
/// status. Only the notifications piece calls it.
pub async fn notifier_call(
    method: NotifierMethod,
    url: &str,
    json: Option<String>,
) -> Result<(u16, String), FetchError> {
    let (controller, timed_out, timer) = abort_on_timeout()?;
    let failed = |_| failure(&timed_out);
    let result = async {
        let signal = controller.signal();
        let request = match method {
            NotifierMethod::Get => Request::get(url),
            NotifierMethod::Post => Request::post(url),
            NotifierMethod::Delete => Request::delete(url),
        }
        .abort_signal(Some(&signal));
        let response = match json {
            Some(body) => {
                request
                    .header("Content-Type", "application/json")
                    .body(body)
                    .map_err(|_| FetchError::Unreachable)?
                    .send()
                    .await
            }
            None => request.send().await,
        }
        .map_err(failed)?;
        let body = response.text().await.map_err(failed)?;
        Ok((response.status(), body))
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}
