//! Waiting for a browser API that answers through callbacks (success, error, abort, timeout...):
//! the first callback to answer wins, later ones are ignored, and the waiting side gets the
//! answer as a future.

use std::cell::RefCell;
use std::rc::Rc;

use futures::channel::oneshot;

/// The answering side: clone it into every callback; only the first [`Answer::give`] counts.
pub struct Answer<T>(Rc<RefCell<Option<oneshot::Sender<T>>>>);

impl<T> Clone for Answer<T> {
    fn clone(&self) -> Self {
        Answer(self.0.clone())
    }
}

impl<T> Answer<T> {
    /// Answers, unless another callback already did.
    pub fn give(&self, value: T) {
        if let Some(sender) = self.0.borrow_mut().take() {
            let _ = sender.send(value);
        }
    }
}

/// An answer to give from callbacks, and the future that waits for it (`Err` when every
/// [`Answer`] was dropped without answering).
pub fn first_answer<T>() -> (Answer<T>, oneshot::Receiver<T>) {
    let (sender, receiver) = oneshot::channel();
    (Answer(Rc::new(RefCell::new(Some(sender)))), receiver)
}

/// Waits `delay` without blocking the page.
pub async fn sleep(delay: std::time::Duration) {
    let (answer, waited) = first_answer::<()>();
    leptos::prelude::set_timeout(move || answer.give(()), delay);
    let _ = waited.await;
}
